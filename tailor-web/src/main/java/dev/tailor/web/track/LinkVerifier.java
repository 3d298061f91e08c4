package dev.tailor.web.track;

/**
 * Checks the signature of a tracking URL: the scheme and key the renderer signed it with (wired by
 * the application, so there is only one).
 */
@FunctionalInterface
public interface LinkVerifier {
  /**
   * True when {@code signature} signs {@code payload} for {@code messageId}.
   *
   * @param payload the click target, or an action: {@code open}, {@code unsubscribe}, {@code
   *     feedback:up}, {@code feedback:down}
   */
  boolean verify(String messageId, String payload, String signature);
}
