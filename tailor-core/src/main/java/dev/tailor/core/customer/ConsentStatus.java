package dev.tailor.core.customer;

import dev.tailor.core.ErrorCode;
import dev.tailor.core.TailorException;
import java.util.Locale;

/** Whether a customer agreed to receive marketing email. */
public enum ConsentStatus {
  SUBSCRIBED,
  UNSUBSCRIBED,
  NEVER;

  /** The spelling used in the interchange files ({@code subscribed}, ...). */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses the interchange spelling, case-insensitively. */
  public static ConsentStatus parse(String value) {
    if (value != null) {
      for (ConsentStatus s : values()) {
        if (s.wireName().equalsIgnoreCase(value.strip())) {
          return s;
        }
      }
    }
    throw new TailorException(
        ErrorCode.BAD_INPUT,
        "consent must be subscribed, unsubscribed or never, not '" + value + "'");
  }
}
