package dev.tailor.mail;

import dev.tailor.core.ErrorCode;
import dev.tailor.core.TailorException;
import dev.tailor.mail.dkim.DkimSettings;
import dev.tailor.mail.export.EspExportSettings;
import dev.tailor.mail.outbox.OutboxSettings;
import dev.tailor.mail.smtp.SmtpSettings;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Which transport to build and its settings: the typed form of a campaign's {@code delivery:}
 * section. Only the settings of the chosen kind are required; the others are ignored.
 *
 * @param kind smtp, outbox or esp-export
 * @param smtp the SMTP settings when kind is smtp
 * @param outbox the outbox settings when kind is outbox
 * @param espExport the export settings when kind is esp-export
 * @param dkim DKIM signing of SMTP messages and outbox files, when configured; the ESP export is
 *     never signed (the platform it is handed to builds the final message and signs that)
 */
public record DeliverySettings(
    Kind kind,
    SmtpSettings smtp,
    OutboxSettings outbox,
    EspExportSettings espExport,
    Optional<DkimSettings> dkim) {

  /** The delivery channels. */
  public enum Kind {
    SMTP("smtp"),
    OUTBOX("outbox"),
    ESP_EXPORT("esp-export");

    private final String key;

    Kind(String key) {
      this.key = key;
    }

    /** The name used in settings files: {@code smtp}, {@code outbox}, {@code esp-export}. */
    public String key() {
      return key;
    }

    /** Parses {@code smtp}, {@code outbox} or {@code esp-export} (any case). */
    public static Kind parse(String value) {
      String v = value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
      for (Kind k : values()) {
        if (k.key.equals(v)) {
          return k;
        }
      }
      throw new TailorException(
          ErrorCode.CONFIG,
          "delivery.kind must be smtp, outbox or esp-export, not '" + value + "'");
    }
  }

  public DeliverySettings {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(dkim, "dkim");
    Object chosen =
        switch (kind) {
          case SMTP -> smtp;
          case OUTBOX -> outbox;
          case ESP_EXPORT -> espExport;
        };
    if (chosen == null) {
      throw new TailorException(
          ErrorCode.CONFIG,
          "delivery.kind is " + kind.key() + " but delivery." + kind.key() + " is missing");
    }
  }

  /** Settings without DKIM signing. */
  public DeliverySettings(
      Kind kind, SmtpSettings smtp, OutboxSettings outbox, EspExportSettings espExport) {
    this(kind, smtp, outbox, espExport, Optional.empty());
  }

  /** These settings, signing with {@code dkim} (SMTP and outbox; the ESP export ignores it). */
  public DeliverySettings withDkim(DkimSettings dkim) {
    return new DeliverySettings(kind, smtp, outbox, espExport, Optional.of(dkim));
  }

  public static DeliverySettings smtp(SmtpSettings settings) {
    return new DeliverySettings(Kind.SMTP, settings, null, null);
  }

  public static DeliverySettings outbox(OutboxSettings settings) {
    return new DeliverySettings(Kind.OUTBOX, null, settings, null);
  }

  public static DeliverySettings espExport(EspExportSettings settings) {
    return new DeliverySettings(Kind.ESP_EXPORT, null, null, settings);
  }
}
