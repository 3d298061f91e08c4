package dev.tailor.render.layout;

import ch.digitalfondue.mjml4j.Mjml4j;
import dev.tailor.core.ErrorCode;
import dev.tailor.render.model.TemplateRenderException;
import dev.tailor.render.template.TemplateSource;
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

  private final Map<String, CompiledLayout> cache = new ConcurrentHashMap<>();

  /** The compiled layout of this template version, compiling it on first use. */
  public CompiledLayout compile(TemplateSource template) {
    return cache.computeIfAbsent(template.hash(), h -> compileNow(template, h));
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
    Matcher back = PLACEHOLDER.matcher(html);
    StringBuilder out = new StringBuilder(html.length() + 1024);
    while (back.find()) {
      int i = Integer.parseInt(back.group(1));
      String tag = i < tags.size() ? tags.get(i) : back.group();
      back.appendReplacement(out, Matcher.quoteReplacement(tag));
    }
    back.appendTail(out);
    return new CompiledLayout(hash, out.toString(), System.nanoTime() - start);
  }
}
