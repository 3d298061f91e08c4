package dev.tailor.render;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** WCAG 2 contrast of CSS colours as browsers report them ({@code rgb(r, g, b)}). */
final class Contrast {
  private static final Pattern RGB = Pattern.compile("rgba?\\((\\d+), (\\d+), (\\d+)");

  private Contrast() {}

  /** (lighter + 0.05) / (darker + 0.05): 1 to 21; WCAG AA asks 4.5 for body text. */
  static double ratio(String foreground, String background) {
    double a = luminance(foreground);
    double b = luminance(background);
    return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
  }

  /** Relative luminance, 0 (black) to 1 (white). */
  static double luminance(String css) {
    Matcher m = RGB.matcher(css);
    if (!m.find()) {
      throw new IllegalArgumentException("not an rgb() colour: " + css);
    }
    return 0.2126 * channel(m.group(1))
        + 0.7152 * channel(m.group(2))
        + 0.0722 * channel(m.group(3));
  }

  private static double channel(String v) {
    double c = Integer.parseInt(v) / 255.0;
    return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
  }
}
