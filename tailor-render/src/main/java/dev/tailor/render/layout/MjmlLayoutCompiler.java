package dev.tailor.render.layout;

import ch.digitalfondue.mjml4j.Mjml4j;
import dev.tailor.core.ErrorCode;
import dev.tailor.render.model.TemplateRenderException;
import dev.tailor.render.template.TemplateSource;
import dev.tailor.render.text.TextPartWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compiles MJML layouts to HTML with mjml4j, once per template version (cached by the hash of the
 * template's text). Liquid tags are swapped for inert placeholders during the compile so the MJML
 * parser can neither drop nor escape them, then put back.
 */
public final class MjmlLayoutCompiler {
  private static final Pattern LIQUID = Pattern.compile("\\{\\{.*?}}|\\{%.*?%}", Pattern.DOTALL);
  private static final Pattern PLACEHOLDER = Pattern.compile("tlq(\\d+)x");

  private static final Pattern BODY_CLASS =
      Pattern.compile("<mj-body\\b[^>]*\\bcss-class=\"([^\"{}]+)\"");
  private static final Pattern LANG_DIR = Pattern.compile(" lang=\"[^\"]*\" dir=\"[^\"]*\"");
  private static final Pattern HREF = Pattern.compile(" href=\"([^\"]*)\"");
  private static final Pattern SIDES =
      Pattern.compile("text-align:(left|right)|align=\"(left|right)\"|direction:ltr");

  private final TextPartWriter textWriter = new TextPartWriter();
  private final Map<String, CompiledLayout> cache = new ConcurrentHashMap<>();

  /** The same template source again skips hashing its text (SHA-256 of the file per render). */
  private final Map<TemplateSource, CompiledLayout> bySource = new ConcurrentHashMap<>();

  private final Map<String, CompiledLayout> mirrored = new ConcurrentHashMap<>();

  /** The compiled (left-to-right) layout of this template version, compiling it on first use. */
  public CompiledLayout compile(TemplateSource template) {
    CompiledLayout known = bySource.get(template);
    if (known != null) {
      return known;
    }
    CompiledLayout c = cache.computeIfAbsent(template.hash(), h -> compileNow(template, h));
    bySource.put(template, c);
    return c;
  }

  /**
   * The layout for one writing direction: the right-to-left variant is the compiled layout mirrored
   * (left and right swapped in text alignment and {@code align} attributes, sections laid out right
   * to left, {@code dir="rtl"} on the body too), made once per template version.
   */
  public CompiledLayout compile(TemplateSource template, boolean rightToLeft) {
    CompiledLayout ltr = compile(template);
    if (!rightToLeft) {
      return ltr;
    }
    return mirrored.computeIfAbsent(
        ltr.hash(),
        h ->
            new CompiledLayout(
                h, mirror(ltr.html()), ltr.compileNanos(), ltr.declared(), true, ltr.text()));
  }

  /**
   * Every link's {@code href} value through the {@code tailor_track} filter: a lone output tag gets
   * the filter appended ({@code {{ item.url | tailor_track }}}), a static URL becomes a filtered
   * string literal, anything else is captured first.
   */
  private static String trackHrefs(String protectedHtml, List<String> tags) {
    Matcher m = HREF.matcher(protectedHtml);
    StringBuilder out = new StringBuilder(protectedHtml.length() + 4096);
    while (m.find()) {
      if (!isLink(protectedHtml, m.start())) {
        continue;
      }
      String value = m.group(1);
      Matcher lone = PLACEHOLDER.matcher(value);
      String replacement;
      if (lone.matches() && isPlainOutput(tags, Integer.parseInt(lone.group(1)))) {
        int i = Integer.parseInt(lone.group(1));
        String tag = tags.get(i);
        tags.set(i, tag.substring(0, tag.length() - 2).stripTrailing() + " | tailor_track }}");
        replacement = " href=\"" + value + "\"";
      } else if (!PLACEHOLDER.matcher(value).find() && value.indexOf('"') < 0) {
        replacement = " href=\"{{ \"" + value + "\" | tailor_track }}\"";
      } else {
        replacement =
            " href=\"{% capture tailor_href %}"
                + value
                + "{% endcapture %}{{ tailor_href | tailor_track }}\"";
      }
      m.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** True for the href of an {@code <a>} or {@code <area>} (not a stylesheet's {@code <link>}). */
  private static boolean isLink(String html, int at) {
    int open = html.lastIndexOf('<', at);
    if (open < 0) {
      return false;
    }
    int end = open + 1;
    while (end < html.length() && Character.isLetter(html.charAt(end))) {
      end++;
    }
    String tag = html.substring(open + 1, end).toLowerCase(java.util.Locale.ROOT);
    return tag.equals("a") || tag.equals("area");
  }

  private static boolean isPlainOutput(List<String> tags, int i) {
    if (i >= tags.size()) {
      return false;
    }
    String t = tags.get(i);
    return t.startsWith("{{")
        && !t.startsWith("{{-")
        && t.endsWith("}}")
        && !t.endsWith("-}}")
        && t.indexOf("}}") == t.length() - 2;
  }

  /** Swaps left and right in alignments and lays sections out right to left. */
  static String mirror(String html) {
    Matcher m = SIDES.matcher(html);
    StringBuilder out = new StringBuilder(html.length() + 64);
    while (m.find()) {
      String side = m.group(1) != null ? m.group(1) : m.group(2);
      String swapped = "left".equals(side) ? "right" : "left";
      String r =
          m.group(1) != null
              ? "text-align:" + swapped
              : m.group(2) != null ? "align=\"" + swapped + "\"" : "direction:rtl";
      m.appendReplacement(out, Matcher.quoteReplacement(r));
    }
    m.appendTail(out);
    int body = out.indexOf("<body");
    if (body >= 0) {
      out.insert(body + 5, " lang=\"{{ email.lang }}\" dir=\"rtl\"");
    }
    return out.toString();
  }

  /**
   * The {@code css-class} of {@code <mj-body>} on the body's wrapper {@code <div>}, as MJML puts it
   * and mjml4j leaves out (dark-mode rules of the starter templates select it).
   */
  static String bodyClass(String mjml, String html) {
    Matcher m = BODY_CLASS.matcher(mjml);
    int wrapper = html.indexOf("aria-roledescription=\"email\"");
    int div = wrapper < 0 ? -1 : html.lastIndexOf("<div", wrapper);
    if (!m.find() || div < 0) {
      return html;
    }
    int end = html.indexOf('>', div);
    if (html.substring(div, end).contains(" class=")) {
      return html;
    }
    return html.substring(0, div + 4) + " class=\"" + m.group(1) + "\"" + html.substring(div + 4);
  }

  /** How many template versions are compiled and cached. */
  public int cached() {
    return cache.size();
  }

  /** Compiles without the cache (benchmarks and the library comparison). */
  public CompiledLayout compileNow(TemplateSource template, String hash) {
    long start = System.nanoTime();
    List<String> tags = new ArrayList<>();
    Matcher m = LIQUID.matcher(template.mjml());
    StringBuilder protectedSource = new StringBuilder();
    while (m.find()) {
      tags.add(m.group());
      m.appendReplacement(protectedSource, "tlq" + (tags.size() - 1) + "x");
    }
    m.appendTail(protectedSource);
    String html;
    try {
      html = Mjml4j.render(protectedSource.toString());
    } catch (RuntimeException e) {
      throw new TemplateRenderException(
          ErrorCode.BAD_INPUT,
          template.name() + ": the MJML layout does not compile: " + e.getMessage(),
          e);
    }
    html = CompactHtml.compact(html);
    html = bodyClass(template.mjml(), html);
    // lang and dir of the html and body wrapper: per recipient (Language)
    html = LANG_DIR.matcher(html).replaceAll(" lang=\"{{ email.lang }}\" dir=\"{{ email.dir }}\"");
    // every href through the message's link tracker, during the Liquid render (no pass over the
    // rendered HTML per recipient)
    html = trackHrefs(html, tags);
    Matcher back = PLACEHOLDER.matcher(html);
    StringBuilder out = new StringBuilder(html.length() + 1024);
    while (back.find()) {
      int i = Integer.parseInt(back.group(1));
      String tag = i < tags.size() ? tags.get(i) : back.group();
      back.appendReplacement(out, Matcher.quoteReplacement(tag));
    }
    back.appendTail(out);
    String text = textWriter.derive(out.toString());
    // the open pixel right after <body>, where Gmail's clipping of long messages cannot hide it
    int body = out.indexOf("<body");
    int bodyEnd = body < 0 ? -1 : out.indexOf(">", body);
    out.insert(bodyEnd + 1, "{{ tailor_pixel }}");
    String compiled = out.toString();
    return new CompiledLayout(
        hash, compiled, System.nanoTime() - start, Language.declaredBy(template), false, text);
  }
}
