package dev.tailor.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tailor.app.config.ConfigLoader;
import dev.tailor.app.config.TailorConfig;
import dev.tailor.core.ErrorCode;
import dev.tailor.core.TailorException;
import dev.tailor.mail.dkim.DkimSettings;
import dev.tailor.mail.smtp.SmtpSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MailConfigTest {
  private static final KeyPair KEY = rsa();

  @TempDir Path dir;

  private static KeyPair rsa() {
    try {
      SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
      random.setSeed(7);
      KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
      g.initialize(2048, random);
      return g.generateKeyPair();
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The private key as PKCS#8 PEM, as openssl genpkey writes it. */
  private Path pemFile() {
    try {
      return Files.writeString(
          dir.resolve("dkim.pem"),
          "-----BEGIN PRIVATE KEY-----\n"
              + Base64.getMimeEncoder().encodeToString(KEY.getPrivate().getEncoded())
              + "\n-----END PRIVATE KEY-----\n");
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

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

  @Test
  void dkimIsOffByDefault() {
    assertThat(TailorConfig.defaults().mail().dkim().signing()).isEmpty();
    assertThat(TailorConfig.defaults().mail().dkim().signedHeaders())
        .isEqualTo(DkimSettings.DEFAULT_SIGNED_HEADERS);
  }

  @Test
  void aDkimKeyFromTheFileAndTheEnvironmentIsReadWhenTheConfigurationLoads() throws IOException {
    Path key = pemFile();
    Path file =
        Files.writeString(
            dir.resolve("tailor.yaml"),
            "tailor:\n  mail:\n    dkim:\n      domain: Shop.Example\n      selector: s2026\n"
                + "      signed-headers: From, Subject , List-Unsubscribe\n");

    TailorConfig c =
        new ConfigLoader(Map.of("TAILOR_MAIL_DKIM_KEY_FILE", key.toString()))
            .load(Optional.of(file));

    DkimSettings s = c.mail().dkim().signing().orElseThrow();
    assertThat(s.domain()).isEqualTo("shop.example");
    assertThat(s.selector()).isEqualTo("s2026");
    assertThat(s.signedHeaders()).containsExactly("From", "Subject", "List-Unsubscribe");
    assertThat(s.privateKey().getEncoded()).isEqualTo(KEY.getPrivate().getEncoded());
  }

  @Test
  void aMissingOrBadDkimKeyIsRefusedAtLoadNamingTheKeyAndTheFile() throws IOException {
    Path missing = dir.resolve("missing.pem");
    assertRefused(
        Map.of(
            "TAILOR_MAIL_DKIM_DOMAIN", "shop.example",
            "TAILOR_MAIL_DKIM_SELECTOR", "s1",
            "TAILOR_MAIL_DKIM_KEY_FILE", missing.toString()),
        "tailor.mail.dkim.key-file",
        missing.toString(),
        "does not exist");
    Path bad =
        Files.writeString(
            dir.resolve("bad.pem"),
            "-----BEGIN RSA PRIVATE KEY-----\nAA==\n" + "-----END RSA PRIVATE KEY-----\n");
    assertRefused(
        Map.of(
            "TAILOR_MAIL_DKIM_DOMAIN", "shop.example",
            "TAILOR_MAIL_DKIM_SELECTOR", "s1",
            "TAILOR_MAIL_DKIM_KEY_FILE", bad.toString()),
        "tailor.mail.dkim.key-file",
        bad.toString(),
        "PKCS#1");
  }

  @Test
  void dkimNeedsDomainSelectorAndKeyFileTogether() {
    Path key = pemFile();
    assertRefused(
        Map.of("TAILOR_MAIL_DKIM_SELECTOR", "s1", "TAILOR_MAIL_DKIM_KEY_FILE", key.toString()),
        "tailor.mail.dkim.domain must be set");
    assertRefused(
        Map.of("TAILOR_MAIL_DKIM_DOMAIN", "shop.example", "TAILOR_MAIL_DKIM_SELECTOR", "s1"),
        "tailor.mail.dkim.key-file is not set");
    assertRefused(
        Map.of(
            "TAILOR_MAIL_DKIM_DOMAIN", "localhost",
            "TAILOR_MAIL_DKIM_SELECTOR", "s1",
            "TAILOR_MAIL_DKIM_KEY_FILE", key.toString()),
        "tailor.mail.dkim.domain must be a domain name");
    assertRefused(
        Map.of(
            "TAILOR_MAIL_DKIM_DOMAIN", "shop.example",
            "TAILOR_MAIL_DKIM_SELECTOR", "s1",
            "TAILOR_MAIL_DKIM_KEY_FILE", key.toString(),
            "TAILOR_MAIL_DKIM_SIGNED_HEADERS", "To, Subject"),
        "tailor.mail.dkim.signed-headers must include From");
  }

  private static void assertRefused(Map<String, String> env, String... parts) {
    assertThatThrownBy(() -> new ConfigLoader(env).load(Optional.empty()))
        .isInstanceOfSatisfying(
            TailorException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.CONFIG))
        .message()
        .contains(parts);
  }
}
