package dev.tailor.render.layout;

/**
 * A layout compiled from MJML to responsive HTML, still holding its Liquid tags.
 *
 * @param hash the template version it was compiled from
 * @param html the HTML with Liquid
 * @param compileNanos how long the MJML compile took
 */
public record CompiledLayout(String hash, String html, long compileNanos) {}
