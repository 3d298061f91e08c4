package dev.tailor.render.layout;

/**
 * A layout compiled from MJML to responsive HTML, still holding its Liquid tags.
 *
 * @param hash the template version it was compiled from
 * @param html the HTML with Liquid; its {@code lang} and {@code dir} attributes read {@code
 *     email.lang} and {@code email.dir}
 * @param compileNanos how long the MJML compile took
 * @param declared the language and direction the template's {@code <mjml>} tag declares
 * @param rightToLeft true for the mirrored variant (right-aligned text, columns right to left)
 * @param text the text part as a Liquid template derived from {@code html} (see {@code
 *     TextPartWriter.derive}), rendered per recipient with the same model
 */
public record CompiledLayout(
    String hash,
    String html,
    long compileNanos,
    Language declared,
    boolean rightToLeft,
    String text) {}
