package dev.tailor.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tailor.app.config.ConfigLoader;
import dev.tailor.app.config.TailorConfig;
import dev.tailor.core.TailorException;
import dev.tailor.mail.smtp.SmtpSettings;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MailConfigTest {
  @Test
  void smtpIsNotConfiguredByDefault() {
    assertThat(TailorConfig.defaults().mail().smtp()).isEmpty();
  }

  @Test
  void theEnvironmentConfiguresTheSmtpServerWithoutThePasswordItself() {
    TailorConfig c =
        new ConfigLoader(
                Map.of(
                    "TAILOR_MAIL_SMTP_HOST", "mail.shop.example",
                    "TAILOR_MAIL_SMTP_PORT", "2525",
                    "TAILOR_MAIL_SMTP_SECURITY", "none",
                    "TAILOR_MAIL_SMTP_USERNAME", "news",
                    "TAILOR_MAIL_SMTP_PASSWORD_ENV", "SHOP_SMTP_PASSWORD",
                    "TAILOR_MAIL_SMTP_MAX_PER_SECOND", "10"))
            .load(Optional.empty());
    SmtpSettings s = c.mail().smtp().orElseThrow();
    assertThat(s.describe()).contains("mail.shop.example:2525").contains("news");
    assertThat(s.toString()).doesNotContain("SHOP_SMTP_PASSWORD=");
  }

  @Test
  void badValuesNameTheirKey() {
    assertThatThrownBy(
            () ->
                new ConfigLoader(Map.of("TAILOR_MAIL_SMTP_SECURITY", "tls")).load(Optional.empty()))
        .isInstanceOf(TailorException.class)
        .hasMessageContaining("tailor.mail.smtp.security");
    assertThatThrownBy(
            () ->
                new ConfigLoader(Map.of("TAILOR_MAIL_SMTP_POOL_SIZE", "0")).load(Optional.empty()))
        .hasMessageContaining("tailor.mail.smtp.pool-size");
  }
}
