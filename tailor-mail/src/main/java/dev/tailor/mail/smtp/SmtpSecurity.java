package dev.tailor.mail.smtp;

import dev.tailor.core.ErrorCode;
import dev.tailor.core.TailorException;
import java.util.Locale;

/** How the connection to the SMTP server is protected. */
public enum SmtpSecurity {
  /** Plain text (only for a local relay). */
  NONE,
  /** Plain connection upgraded by {@code STARTTLS}, which is required (usually port 587). */
  STARTTLS,
  /** TLS from the first byte (SMTPS, usually port 465). */
  SMTPS;

  /** Parses {@code none}, {@code starttls} or {@code smtps} (any case). */
  public static SmtpSecurity parse(String value) {
    if (value != null) {
      for (SmtpSecurity s : values()) {
        if (s.name().equalsIgnoreCase(value.trim())) {
          return s;
        }
      }
    }
    throw new TailorException(
        ErrorCode.CONFIG, "security must be none, starttls or smtps, not '" + value + "'");
  }

  /** The lower-case name used in settings. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}
