package dev.tailor.mail.dkim;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.tailor.core.mail.DeliveryResult;
import dev.tailor.core.mail.MailTransport;
import dev.tailor.mail.DeliverySettings;
import dev.tailor.mail.MailTransports;
import dev.tailor.mail.export.EspExportSettings;
import dev.tailor.mail.outbox.OutboxSettings;
import dev.tailor.mail.smtp.SmtpSecurity;
import dev.tailor.mail.smtp.SmtpSettings;
import dev.tailor.testkit.FixedClock;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * DKIM through the transports as {@link MailTransports} builds them: messages received by GreenMail
 * over SMTP and outbox files carry a signature that an independent verifier ({@link DkimVerifier},
 * java.security only) accepts with the public key, and rejects once the body is changed; the ESP
 * export stays unsigned.
 */
class DkimDeliveryIT {
  @TempDir Path dir;
  private GreenMail greenMail;

  @BeforeEach
  void start() {
    greenMail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    greenMail.start();
  }

  @AfterEach
  void stop() {
    greenMail.stop();
  }

  private MailTransport transport(DeliverySettings settings) {
    return MailTransports.create(
        settings.withDkim(TestKeys.settings(dir)), FixedClock.fixedUtc(), name -> null);
  }

  private DeliverySettings smtp(int retries) {
    return DeliverySettings.smtp(
        SmtpSettings.builder("127.0.0.1")
            .port(greenMail.getSmtp().getPort())
            .security(SmtpSecurity.NONE)
            .retryAttempts(retries)
            .build());
  }

  @Test
  void messagesReceivedOverSmtpVerifyAndATamperedBodyDoesNot() throws Exception {
    try (MailTransport t = transport(smtp(0))) {
      for (int i = 0; i < 5; i++) {
        DeliveryResult r = t.send(DkimMessageSignerTest.email("m-" + i));
        assertThat(r.status()).isEqualTo(DeliveryResult.Status.SENT);
      }
    }
    MimeMessage[] received = greenMail.getReceivedMessages();
    assertThat(received).hasSize(5);
    for (MimeMessage m : received) {
      byte[] raw = GreenMailUtil.getWholeMessage(m).getBytes(StandardCharsets.ISO_8859_1);
      DkimVerifier.Result ok = DkimVerifier.verify(raw, TestKeys.RSA_2048.getPublic());
      assertThat(ok.valid()).as(ok.problem()).isTrue();
      assertThat(ok.tags()).containsEntry("d", "shop.example").containsEntry("s", "s1");
      assertThat(m.getHeader("DKIM-Signature")).hasSize(1);
      assertThat(m.getMessageID()).startsWith("<tailor.m-").endsWith("@shop.example>");
      assertThat(m.getSubject()).isEqualTo("Deine Empfehlungen der Woche, Zoë — 20 % auf Jacken");

      String tampered =
          new String(raw, StandardCharsets.ISO_8859_1).replace("Empfehlungen.", "Angebote.");
      DkimVerifier.Result bad =
          DkimVerifier.verify(
              tampered.getBytes(StandardCharsets.ISO_8859_1), TestKeys.RSA_2048.getPublic());
      assertThat(bad.valid()).isFalse();
      assertThat(bad.problem()).isEqualTo("body hash mismatch");
    }
  }

  @Test
  void outboxFilesAreSignedAndVerify() throws Exception {
    Path outbox = dir.resolve("outbox");
    try (MailTransport t = transport(DeliverySettings.outbox(OutboxSettings.of(outbox)))) {
      t.send(DkimMessageSignerTest.email("m-1"));
    }
    List<Path> files;
    try (var list = Files.list(outbox)) {
      files = list.toList();
    }
    assertThat(files).hasSize(1);
    byte[] eml = Files.readAllBytes(files.get(0));
    assertThat(new String(eml, StandardCharsets.US_ASCII)).startsWith("DKIM-Signature: v=1;");
    DkimVerifier.Result r = DkimVerifier.verify(eml, TestKeys.RSA_2048.getPublic());
    assertThat(r.valid()).as(r.problem()).isTrue();
  }

  @Test
  void theEspExportIsNotSigned() throws Exception {
    Path file = dir.resolve("export.jsonl");
    try (MailTransport t = transport(DeliverySettings.espExport(new EspExportSettings(file)))) {
      t.send(DkimMessageSignerTest.email("m-1"));
    }
    String line = Files.readString(file);
    assertThat(line).contains("\"message_id\":\"m-1\"").doesNotContainIgnoringCase("dkim");
  }

  @Test
  void aResentMessageCarriesTheSameSignature() throws Exception {
    // signed once per send from the same bytes: a retry or an in-doubt resend verifies the same
    try (MailTransport a = transport(smtp(0));
        MailTransport b = transport(smtp(0))) {
      a.send(DkimMessageSignerTest.email("m-9"));
      b.send(DkimMessageSignerTest.email("m-9"));
    }
    MimeMessage[] received = greenMail.getReceivedMessages();
    assertThat(received).hasSize(2);
    String[] first = received[0].getHeader("DKIM-Signature");
    String[] second = received[1].getHeader("DKIM-Signature");
    assertThat(Arrays.asList(first)).isEqualTo(Arrays.asList(second));
  }
}
