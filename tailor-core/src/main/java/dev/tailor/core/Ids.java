package dev.tailor.core;

/** Validation of the public ids that customers, products and events carry. */
public final class Ids {
  /** Longest id accepted anywhere; long enough for UUIDs, e-mail-like keys and URLs' slugs. */
  public static final int MAX_LENGTH = 200;

  private Ids() {}

  /**
   * Returns {@code id} stripped, or throws {@link TailorException} with {@link ErrorCode#BAD_INPUT}
   * when it is blank, too long or contains control characters.
   */
  public static String require(String field, String id) {
    if (id == null || id.isBlank()) {
      throw new TailorException(ErrorCode.BAD_INPUT, field + " is required");
    }
    String stripped = id.strip();
    if (stripped.length() > MAX_LENGTH) {
      throw new TailorException(
          ErrorCode.BAD_INPUT, field + " is longer than " + MAX_LENGTH + " characters");
    }
    for (int i = 0; i < stripped.length(); i++) {
      if (Character.isISOControl(stripped.charAt(i))) {
        throw new TailorException(ErrorCode.BAD_INPUT, field + " contains a control character");
      }
    }
    return stripped;
  }
}
