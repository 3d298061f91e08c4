package dev.tailor.core.suppression;

import dev.tailor.core.ErrorCode;
import dev.tailor.core.TailorException;
import java.util.Locale;

/** Why a customer must not be emailed. */
public enum SuppressionReason {
  UNSUBSCRIBED,
  HARD_BOUNCE,
  COMPLAINT,
  ERASED;

  /** The stored spelling ({@code hard_bounce}, ...). */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static SuppressionReason parse(String value) {
    for (SuppressionReason r : values()) {
      if (r.wireName().equalsIgnoreCase(value == null ? "" : value.strip())) {
        return r;
      }
    }
    throw new TailorException(
        ErrorCode.BAD_INPUT,
        "suppression reason must be unsubscribed, hard_bounce, complaint or erased, not '"
            + value
            + "'");
  }
}
