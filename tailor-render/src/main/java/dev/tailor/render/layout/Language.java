package dev.tailor.render.layout;

import dev.tailor.core.customer.Customer;
import dev.tailor.render.template.TemplateSource;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The language and writing direction of one email: {@code lang} and {@code dir} on the html and
 * body, and the layout variant (left-to-right, or mirrored for right-to-left).
 *
 * <p>The template's own {@code <mjml lang="…" dir="…">} wins (its text is written in that
 * language); else the recipient's {@code language} (or {@code locale}) attribute, such as {@code
 * ar} or {@code he-IL}; else {@code und} with {@code dir="auto"}. Arabic, Hebrew, Persian, Urdu and
 * the other right-to-left scripts' languages get {@code dir="rtl"}.
 *
 * @param lang the BCP 47 tag ({@code und} when unknown)
 * @param dir {@code ltr}, {@code rtl} or {@code auto}
 */
public record Language(String lang, String dir) {
  private static final Set<String> RIGHT_TO_LEFT =
      Set.of("ar", "arc", "ckb", "dv", "fa", "he", "iw", "ks", "ps", "sd", "syr", "ug", "ur", "yi");
  private static final Pattern TAG = Pattern.compile("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*");
  private static final Pattern MJML_OPEN = Pattern.compile("<mjml\\b([^>]*)>");

  /** Unknown: {@code und}, {@code auto}. */
  public static final Language UNKNOWN = new Language("und", "auto");

  public Language {
    if (!dir.equals("ltr") && !dir.equals("rtl") && !dir.equals("auto")) {
      throw new IllegalArgumentException("dir must be ltr, rtl or auto: " + dir);
    }
  }

  /** True when the layout is mirrored. */
  public boolean rightToLeft() {
    return dir.equals("rtl");
  }

  /**
   * What a template declares on its {@code <mjml>} tag: {@code lang} ({@code und} when absent) and
   * {@code dir} ({@code auto} when absent). Read once per template version, at compile time.
   */
  public static Language declaredBy(TemplateSource template) {
    Matcher m = MJML_OPEN.matcher(template.mjml());
    String attrs = m.find() ? m.group(1) : "";
    String lang = attribute(attrs, "lang").flatMap(Language::normalize).orElse("und");
    String dir =
        attribute(attrs, "dir").filter(d -> d.equals("ltr") || d.equals("rtl")).orElse("auto");
    return new Language(lang, dir);
  }

  /** The language of an email: the template's declared one, else the recipient's. */
  public static Language of(Language declared, Customer customer) {
    String lang = declared.lang;
    if (lang.equals("und")) {
      lang =
          Optional.ofNullable(customer.attributes().get("language"))
              .or(() -> Optional.ofNullable(customer.attributes().get("locale")))
              .flatMap(Language::normalize)
              .orElse("und");
    }
    if (!declared.dir.equals("auto") || lang.equals("und")) {
      return new Language(lang, declared.dir);
    }
    return new Language(lang, directionOf(lang));
  }

  /** {@code rtl} for a right-to-left language, else {@code ltr}. */
  public static String directionOf(String lang) {
    String primary = lang.split("-", 2)[0].toLowerCase(Locale.ROOT);
    return RIGHT_TO_LEFT.contains(primary) ? "rtl" : "ltr";
  }

  /** {@code he_IL} → {@code he-IL}; empty for anything that is not a language tag. */
  static Optional<String> normalize(String raw) {
    String s = raw.strip().replace('_', '-');
    if (!TAG.matcher(s).matches() || s.equalsIgnoreCase("und")) {
      return Optional.empty();
    }
    String[] parts = s.split("-");
    StringBuilder sb = new StringBuilder(parts[0].toLowerCase(Locale.ROOT));
    for (int i = 1; i < parts.length; i++) {
      sb.append('-').append(parts[i].length() == 2 ? parts[i].toUpperCase(Locale.ROOT) : parts[i]);
    }
    return Optional.of(sb.toString());
  }

  private static Optional<String> attribute(String attrs, String name) {
    Matcher m = Pattern.compile("\\b" + name + "=\"([^\"]*)\"").matcher(attrs);
    return m.find() ? Optional.of(m.group(1).strip().toLowerCase(Locale.ROOT)) : Optional.empty();
  }
}
