package dev.tailor.mail;

import dev.tailor.core.ErrorCode;
import dev.tailor.core.TailorException;
import dev.tailor.core.mail.MailTransport;
import dev.tailor.mail.dkim.DkimMessageSigner;
import dev.tailor.mail.export.EspExportTransport;
import dev.tailor.mail.outbox.OutboxMailTransport;
import dev.tailor.mail.smtp.SmtpMailTransport;
import dev.tailor.mail.smtp.SmtpSettings;
import dev.tailor.mail.smtp.Ticker;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** Builds the {@link MailTransport} that {@link DeliverySettings} describe. */
public final class MailTransports {
  private MailTransports() {}

  /** A transport with the system clock, real pacing and passwords from the process environment. */
  public static MailTransport create(DeliverySettings settings) {
    return create(settings, Clock.systemUTC(), System::getenv);
  }

  /**
   * A transport dated by {@code clock} whose SMTP password, when the settings name an environment
   * variable, is read through {@code env} (name to value, null when unset).
   *
   * <p>With {@link DeliverySettings#dkim()} set, SMTP messages and outbox files are DKIM-signed;
   * the ESP export is not (its platform builds and signs the final message).
   *
   * @throws TailorException {@code CONFIG} when the password variable is unset or empty, the outbox
   *     or export file cannot be opened, or the DKIM key cannot sign
   */
  public static MailTransport create(
      DeliverySettings settings, Clock clock, UnaryOperator<String> env) {
    Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(env, "env");
    Optional<DkimMessageSigner> dkim =
        settings.kind() == DeliverySettings.Kind.ESP_EXPORT
            ? Optional.empty()
            : settings.dkim().map(DkimMessageSigner::new);
    return switch (settings.kind()) {
      case SMTP ->
          new SmtpMailTransport(
              settings.smtp(), password(settings.smtp(), env), clock, Ticker.SYSTEM, dkim);
      case OUTBOX -> new OutboxMailTransport(settings.outbox(), clock, dkim);
      case ESP_EXPORT -> new EspExportTransport(settings.espExport());
    };
  }

  /** The password of {@code smtp}: given directly, read from its variable, or empty. */
  public static String password(SmtpSettings smtp, UnaryOperator<String> env) {
    if (smtp.passwordEnv().isEmpty()) {
      return smtp.password();
    }
    String value = env.apply(smtp.passwordEnv());
    if (value == null || value.isEmpty()) {
      throw new TailorException(
          ErrorCode.CONFIG,
          "delivery.smtp.password-env names "
              + smtp.passwordEnv()
              + ", which is not set in the environment");
    }
    return value;
  }
}
