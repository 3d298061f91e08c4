package dev.tailor.render.model;

import java.util.Map;
import java.util.Objects;

/**
 * The email one recipient gets.
 *
 * @param subject the subject line (plain text)
 * @param preheader the preview text shown after the subject (plain text)
 * @param html the HTML part, with tracked links and the open pixel
 * @param text the plain-text part, keeping every link
 * @param headers extra headers such as {@code List-Unsubscribe}, in order
 */
public record RenderedEmail(
    String subject, String preheader, String html, String text, Map<String, String> headers) {
  public RenderedEmail {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(preheader, "preheader");
    Objects.requireNonNull(html, "html");
    Objects.requireNonNull(text, "text");
    headers = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(headers));
  }
}
