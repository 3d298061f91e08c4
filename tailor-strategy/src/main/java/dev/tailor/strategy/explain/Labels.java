package dev.tailor.strategy.explain;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills a label's {@code {{ name }}} placeholders from a map; an unknown or absent value becomes
 * empty text. (A tiny substitution for headings; emails themselves are Liquid templates rendered by
 * the rendering module.)
 */
public final class Labels {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([^}]*?)\\s*}}");

  private Labels() {}

  /** {@code template} filled in, or {@code otherwise} when one of its placeholders has no value. */
  public static String fill(String template, Map<String, String> values, String otherwise) {
    Matcher m = PLACEHOLDER.matcher(template);
    while (m.find()) {
      String v = values.get(m.group(1));
      if (v == null || v.isBlank()) {
        return otherwise;
      }
    }
    return fill(template, values);
  }

  public static String fill(String template, Map<String, String> values) {
    Matcher m = PLACEHOLDER.matcher(template);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(values.getOrDefault(m.group(1), "")));
    }
    m.appendTail(out);
    return out.toString().strip().replaceAll("\\s+", " ");
  }
}
