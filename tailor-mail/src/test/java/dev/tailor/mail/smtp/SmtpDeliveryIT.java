package dev.tailor.mail.smtp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import dev.tailor.core.ErrorCode;
import dev.tailor.core.TailorException;
import dev.tailor.core.mail.DeliveryResult;
import dev.tailor.core.mail.OutgoingEmail;
import dev.tailor.testkit.FixedClock;
import dev.tailor.testkit.contract.MailTransportContract.Received;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Delivery details against GreenMail: structure, login, SMTPS, pooling, pacing. */
class SmtpDeliveryIT {
  private final List<GreenMail> servers = new ArrayList<>();

  @AfterEach
  void stopServers() {
    servers.forEach(GreenMail::stop);
  }

  private GreenMail smtp() {
    GreenMail g = GreenMailServers.smtp();
    servers.add(g);
    return g;
  }

  private static SmtpSettings.Builder plain(GreenMail g) {
    return SmtpSettings.builder("127.0.0.1")
        .port(GreenMailServers.port(g))
        .security(SmtpSecurity.NONE);
  }

  private static OutgoingEmail email(String id, String to) {
    return new OutgoingEmail(
        id,
        "Shop <news@shop.example>",
        to,
        "Picks for you, Zoë",
        "<p>Hello Zoë</p>",
        "Hello Zoë",
        Map.of(
            "List-Unsubscribe",
            "<https://t.shop.example/u/" + id + ">",
            "List-Unsubscribe-Post",
            "List-Unsubscribe=One-Click"),
        Map.of());
  }

  @Test
  void theDeliveredMessageHasTheAlternativePartsAndTheHeaders() throws Exception {
    GreenMail g = smtp();
    try (SmtpMailTransport t =
        new SmtpMailTransport(plain(g).build(), "", FixedClock.fixedUtc(), Ticker.SYSTEM)) {
      DeliveryResult r = t.send(email("m-1", "anna@example.com"));
      assertThat(r.status()).isEqualTo(DeliveryResult.Status.SENT);
      assertThat(r.transportId()).isEqualTo("tailor.m-1@shop.example");
      assertThat(r.detail()).startsWith("250");
    }
    MimeMessage m = g.getReceivedMessages()[0];
    assertThat(m.getMessageID()).isEqualTo("<tailor.m-1@shop.example>");
    assertThat(m.getHeader("X-Tailor-Message", null)).isEqualTo("m-1");
    assertThat(m.getHeader("List-Unsubscribe-Post", null)).isEqualTo("List-Unsubscribe=One-Click");
    assertThat(m.getSentDate().toInstant()).isEqualTo(FixedClock.fixedUtc().instant());
    assertThat(m.getContentType()).startsWith("multipart/alternative");
    MimeMultipart mp = (MimeMultipart) m.getContent();
    assertThat(mp.getBodyPart(0).isMimeType("text/plain")).isTrue();
    assertThat(mp.getBodyPart(1).isMimeType("text/html")).isTrue();
    assertThat(m.getSubject()).isEqualTo("Picks for you, Zoë");
  }

  @Test
  void aLoginIsUsedAndAWrongPasswordIsAConfigurationError() {
    GreenMail g = smtp();
    g.setUser("sender@shop.example", "sender", "s3cret");
    SmtpSettings settings = plain(g).login("sender", "s3cret").build();
    try (SmtpMailTransport t =
        new SmtpMailTransport(settings, "s3cret", FixedClock.fixedUtc(), Ticker.SYSTEM)) {
      assertThat(t.send(email("m-auth", "anna@example.com")).status())
          .isEqualTo(DeliveryResult.Status.SENT);
    }
    try (SmtpMailTransport t =
        new SmtpMailTransport(settings, "wrong", FixedClock.fixedUtc(), Ticker.SYSTEM)) {
      assertThatThrownBy(() -> t.send(email("m-auth2", "anna@example.com")))
          .isInstanceOf(TailorException.class)
          .matches(e -> ((TailorException) e).code() == ErrorCode.CONFIG)
          .hasMessageNotContaining("wrong");
    }
    assertThat(g.getReceivedMessages()).hasSize(1);
  }

  @Test
  void smtpsDeliversOverTls() {
    GreenMail g = GreenMailServers.smtps();
    servers.add(g);
    SmtpSettings settings =
        SmtpSettings.builder("127.0.0.1")
            .port(GreenMailServers.port(g))
            .security(SmtpSecurity.SMTPS)
            .sslTrust("*")
            .build();
    try (SmtpMailTransport t =
        new SmtpMailTransport(settings, "", FixedClock.fixedUtc(), Ticker.SYSTEM)) {
      assertThat(t.send(email("m-tls", "anna@example.com")).status())
          .isEqualTo(DeliveryResult.Status.SENT);
      assertThat(t.describe()).startsWith("smtps://127.0.0.1:");
    }
    assertThat(g.getReceivedMessages()).hasSize(1);
  }

  @Test
  void starttlsIsRequiredOnceChosenSoNothingGoesOutInPlainText() {
    GreenMail g = smtp(); // GreenMail's SMTP does not offer STARTTLS
    SmtpSettings settings = plain(g).security(SmtpSecurity.STARTTLS).retryAttempts(0).build();
    try (SmtpMailTransport t =
        new SmtpMailTransport(settings, "", FixedClock.fixedUtc(), Ticker.SYSTEM)) {
      assertThatThrownBy(() -> t.send(email("m-plain", "anna@example.com")))
          .isInstanceOf(TailorException.class)
          .hasMessageContaining("STARTTLS");
    }
    assertThat(g.getReceivedMessages()).isEmpty();
  }

  @Test
  void anUntrustedCertificateIsRefused() {
    GreenMail g = GreenMailServers.smtps();
    servers.add(g);
    SmtpSettings settings =
        SmtpSettings.builder("127.0.0.1")
            .port(GreenMailServers.port(g))
            .security(SmtpSecurity.SMTPS)
            .retryAttempts(0)
            .build();
    try (SmtpMailTransport t =
        new SmtpMailTransport(settings, "", FixedClock.fixedUtc(), Ticker.SYSTEM)) {
      assertThatThrownBy(() -> t.send(email("m-tls", "anna@example.com")))
          .isInstanceOf(TailorException.class)
          .hasMessageContaining("cannot reach");
    }
    assertThat(g.getReceivedMessages()).isEmpty();
  }

  @Test
  void fiveHundredEmailsFromFourThreadsShareThePoolAndArriveOnce() throws Exception {
    GreenMail g = smtp();
    int n = 500;
    try (SmtpMailTransport t =
        new SmtpMailTransport(
            plain(g).poolSize(4).build(), "", FixedClock.fixedUtc(), Ticker.SYSTEM)) {
      ExecutorService pool = Executors.newFixedThreadPool(4);
      List<Future<DeliveryResult>> results = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        String id = "m-" + i;
        results.add(
            pool.submit(() -> t.send(email(id, "user" + (id.hashCode() % 50) + "@example.com"))));
      }
      for (Future<DeliveryResult> f : results) {
        assertThat(f.get(2, TimeUnit.MINUTES).status()).isEqualTo(DeliveryResult.Status.SENT);
      }
      pool.shutdown();
      assertThat(t.connectionsOpened()).isBetween(1, 4);
    }
    List<Received> got = GreenMailServers.received(g);
    assertThat(got).hasSize(n);
    Set<String> ids = got.stream().map(Received::messageId).collect(Collectors.toSet());
    assertThat(ids).hasSize(n);
  }

  @Test
  void theRateLimitPacesSendsOnTheTickerNotTheWallClock() {
    GreenMail g = smtp();
    FakeTicker ticker = new FakeTicker();
    SmtpSettings settings = plain(g).maxPerSecond(10).maxPerHour(1000).poolSize(1).build();
    long wallStart = System.nanoTime();
    try (SmtpMailTransport t = new SmtpMailTransport(settings, "", FixedClock.fixedUtc(), ticker)) {
      for (int i = 0; i < 25; i++) {
        assertThat(t.send(email("m-" + i, "a@example.com")).status())
            .isEqualTo(DeliveryResult.Status.SENT);
      }
    }
    assertThat(g.getReceivedMessages()).hasSize(25);
    assertThat(ticker.elapsedSinceStart()).isEqualTo(2_000_000_000L);
    assertThat(ticker.sleeps()).containsOnly(1_000_000_000L);
    assertThat(System.nanoTime() - wallStart).isLessThan(20_000_000_000L);
  }

  @Test
  void anExhaustedHourlyBudgetDefersInsteadOfWaitingAnHour() {
    GreenMail g = smtp();
    FakeTicker ticker = new FakeTicker();
    SmtpSettings settings = plain(g).maxPerHour(3).build();
    try (SmtpMailTransport t = new SmtpMailTransport(settings, "", FixedClock.fixedUtc(), ticker)) {
      for (int i = 0; i < 3; i++) {
        assertThat(t.send(email("m-" + i, "a@example.com")).status())
            .isEqualTo(DeliveryResult.Status.SENT);
      }
      DeliveryResult fourth = t.send(email("m-3", "a@example.com"));
      assertThat(fourth.status()).isEqualTo(DeliveryResult.Status.DEFERRED);
      assertThat(fourth.detail()).contains("rate limit");
      ticker.advance(3_600_000_000_000L);
      assertThat(t.send(email("m-3", "a@example.com")).status())
          .isEqualTo(DeliveryResult.Status.SENT);
    }
    assertThat(g.getReceivedMessages()).hasSize(4);
  }
}
