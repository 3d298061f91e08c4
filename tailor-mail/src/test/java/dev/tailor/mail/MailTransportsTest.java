package dev.tailor.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tailor.core.ErrorCode;
import dev.tailor.core.TailorException;
import dev.tailor.core.mail.MailTransport;
import dev.tailor.mail.export.EspExportSettings;
import dev.tailor.mail.export.EspExportTransport;
import dev.tailor.mail.outbox.OutboxMailTransport;
import dev.tailor.mail.outbox.OutboxSettings;
import dev.tailor.mail.smtp.SmtpMailTransport;
import dev.tailor.mail.smtp.SmtpSecurity;
import dev.tailor.mail.smtp.SmtpSettings;
import dev.tailor.testkit.FixedClock;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MailTransportsTest {
  @TempDir Path temp;

  private static TailorException configError(Runnable r) {
    try {
      r.run();
    } catch (TailorException e) {
      assertThat(e.code()).isEqualTo(ErrorCode.CONFIG);
      return e;
    }
    throw new AssertionError("no configuration error");
  }

  @Test
  void eachKindBuildsItsTransport() {
    try (MailTransport outbox =
        MailTransports.create(DeliverySettings.outbox(OutboxSettings.of(temp.resolve("o"))))) {
      assertThat(outbox).isInstanceOf(OutboxMailTransport.class);
      assertThat(outbox.describe()).startsWith("outbox:").endsWith("o");
    }
    try (MailTransport export =
        MailTransports.create(
            DeliverySettings.espExport(new EspExportSettings(temp.resolve("x.jsonl"))))) {
      assertThat(export).isInstanceOf(EspExportTransport.class);
    }
    SmtpSettings smtp = SmtpSettings.builder("mail.shop.example").build();
    try (MailTransport t = MailTransports.create(DeliverySettings.smtp(smtp))) {
      assertThat(t).isInstanceOf(SmtpMailTransport.class);
      assertThat(t.describe()).isEqualTo("smtp://mail.shop.example:587 (starttls)");
    }
  }

  @Test
  void thePasswordComesFromTheNamedVariableAndIsNeverDescribed() {
    SmtpSettings smtp =
        SmtpSettings.builder("mail.shop.example")
            .security(SmtpSecurity.SMTPS)
            .loginFromEnv("news", "SMTP_PASSWORD")
            .build();
    Map<String, String> env = Map.of("SMTP_PASSWORD", "hunter2");
    assertThat(MailTransports.password(smtp, env::get)).isEqualTo("hunter2");
    try (MailTransport t =
        MailTransports.create(DeliverySettings.smtp(smtp), FixedClock.fixedUtc(), env::get)) {
      assertThat(t.describe())
          .isEqualTo("smtps://mail.shop.example:465 (smtps, user news)")
          .doesNotContain("hunter2");
    }
    TailorException missing =
        configError(
            () ->
                MailTransports.create(
                    DeliverySettings.smtp(smtp), FixedClock.fixedUtc(), k -> null));
    assertThat(missing.getMessage()).contains("SMTP_PASSWORD");

    SmtpSettings literal = SmtpSettings.builder("h").login("news", "hunter2").build();
    assertThat(literal.toString()).doesNotContain("hunter2").contains("password set");
    assertThat(literal.describe()).doesNotContain("hunter2");
  }

  @Test
  void badSettingsNameTheKey() {
    assertThat(configError(() -> SmtpSettings.builder("").build()).getMessage())
        .contains("delivery.smtp.host");
    assertThat(configError(() -> SmtpSettings.builder("h").port(0).build()).getMessage())
        .contains("delivery.smtp.port");
    assertThat(configError(() -> SmtpSettings.builder("h").poolSize(0).build()).getMessage())
        .contains("pool-size");
    assertThat(configError(() -> SmtpSettings.builder("h").maxPerSecond(-1).build()).getMessage())
        .contains("max-per-second");
    assertThat(configError(() -> SmtpSettings.builder("h").retryAttempts(11).build()).getMessage())
        .contains("retry-attempts");
    assertThat(
            configError(
                    () -> SmtpSettings.builder("h").initialBackoff(Duration.ofSeconds(-1)).build())
                .getMessage())
        .contains("initial-backoff");
    assertThat(
            configError(() -> SmtpSettings.builder("h").loginFromEnv("u", "NOT-A-NAME").build())
                .getMessage())
        .contains("password-env");
    assertThat(configError(() -> SmtpSettings.builder("h").login("", "pw").build()).getMessage())
        .contains("username");
    assertThat(configError(() -> SmtpSecurity.parse("ssl")).getMessage()).contains("starttls");
    assertThat(configError(() -> DeliverySettings.Kind.parse("mailgun")).getMessage())
        .contains("esp-export");
    assertThat(
            configError(() -> new DeliverySettings(DeliverySettings.Kind.OUTBOX, null, null, null))
                .getMessage())
        .contains("delivery.outbox");
    assertThatThrownBy(() -> new OutboxSettings(null, false)).isInstanceOf(TailorException.class);
    assertThat(DeliverySettings.Kind.parse("ESP-Export"))
        .isEqualTo(DeliverySettings.Kind.ESP_EXPORT);
    assertThat(SmtpSecurity.parse("StartTLS")).isEqualTo(SmtpSecurity.STARTTLS);
  }
}
