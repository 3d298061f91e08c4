package dev.tailor.mail.smtp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tailor.core.TailorException;
import dev.tailor.core.mail.DeliveryResult;
import dev.tailor.core.mail.OutgoingEmail;
import dev.tailor.testkit.FixedClock;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Replies GreenMail cannot give, from a scripted server: 4xx, 5xx, dropped connections. */
class SmtpFaultsIT {
  private static final long SECOND = 1_000_000_000L;

  private final FakeTicker ticker = new FakeTicker();

  private SmtpMailTransport transport(int port, int retries) {
    SmtpSettings settings =
        SmtpSettings.builder("127.0.0.1")
            .port(port)
            .security(SmtpSecurity.NONE)
            .poolSize(2)
            .retryAttempts(retries)
            .initialBackoff(Duration.ofSeconds(1))
            .readTimeout(Duration.ofSeconds(5))
            .build();
    return new SmtpMailTransport(settings, "", FixedClock.fixedUtc(), ticker);
  }

  private static OutgoingEmail email(String id, String to) {
    return new OutgoingEmail(
        id, "news@shop.example", to, "Hi", "<p>Hi</p>", "Hi", Map.of(), Map.of());
  }

  @Test
  void a451IsRetriedWithExponentialBackoffUntilItIsAccepted() throws IOException {
    ScriptedSmtpServer.Script script =
        new ScriptedSmtpServer.Script() {
          @Override
          public String data(int n) {
            return n <= 2 ? "451 4.3.0 try later" : "250 2.0.0 queued as Q" + n;
          }
        };
    try (ScriptedSmtpServer server = new ScriptedSmtpServer(script);
        SmtpMailTransport t = transport(server.port(), 3)) {
      DeliveryResult r = t.send(email("m-1", "a@example.com"));

      assertThat(r.status()).isEqualTo(DeliveryResult.Status.SENT);
      assertThat(r.detail()).contains("queued as Q3");
      assertThat(ticker.sleeps()).containsExactly(SECOND, 2 * SECOND);
      assertThat(server.accepted()).hasSize(1);
    }
  }

  @Test
  void persistent421sEndDeferredAfterTheRetries() throws IOException {
    ScriptedSmtpServer.Script script =
        new ScriptedSmtpServer.Script() {
          @Override
          public String mail(int n) {
            return "421 4.7.0 too busy, closing";
          }
        };
    try (ScriptedSmtpServer server = new ScriptedSmtpServer(script);
        SmtpMailTransport t = transport(server.port(), 2)) {
      DeliveryResult r = t.send(email("m-1", "a@example.com"));

      assertThat(r.status()).isEqualTo(DeliveryResult.Status.DEFERRED);
      assertThat(r.detail()).contains("421");
      assertThat(ticker.sleeps()).containsExactly(SECOND, 2 * SECOND);
      assertThat(server.connections()).isEqualTo(3);
      assertThat(server.accepted()).isEmpty();
    }
  }

  @Test
  void a550ForOneRecipientBouncesItWithoutThrowingAndOthersStillGo() throws IOException {
    ScriptedSmtpServer.Script script =
        new ScriptedSmtpServer.Script() {
          @Override
          public String rcpt(int n, String command) {
            return command.contains("gone@") ? "550 5.1.1 no such user" : "250 2.1.5 ok";
          }
        };
    try (ScriptedSmtpServer server = new ScriptedSmtpServer(script);
        SmtpMailTransport t = transport(server.port(), 3)) {
      DeliveryResult bounced = t.send(email("m-1", "gone@example.com"));
      DeliveryResult sent = t.send(email("m-2", "here@example.com"));

      assertThat(bounced.status()).isEqualTo(DeliveryResult.Status.BOUNCED);
      assertThat(bounced.detail()).startsWith("rcpt 550").contains("no such user");
      assertThat(sent.status()).isEqualTo(DeliveryResult.Status.SENT);
      assertThat(ticker.sleeps()).isEmpty();
      assertThat(server.accepted()).hasSize(1);
    }
  }

  @Test
  void a554AfterTheMessageIsABounce() throws IOException {
    ScriptedSmtpServer.Script script =
        new ScriptedSmtpServer.Script() {
          @Override
          public String data(int n) {
            return "554 5.7.1 message refused";
          }
        };
    try (ScriptedSmtpServer server = new ScriptedSmtpServer(script);
        SmtpMailTransport t = transport(server.port(), 3)) {
      DeliveryResult r = t.send(email("m-1", "a@example.com"));
      assertThat(r.status()).isEqualTo(DeliveryResult.Status.BOUNCED);
      assertThat(r.detail()).startsWith("data 554");
    }
  }

  @Test
  void aDroppedConnectionIsReplacedAndTheMessageSentOnce() throws IOException {
    ScriptedSmtpServer.Script script =
        new ScriptedSmtpServer.Script() {
          @Override
          public String data(int n) {
            return n == 2 ? ScriptedSmtpServer.DROP : "250 2.0.0 queued as Q" + n;
          }
        };
    try (ScriptedSmtpServer server = new ScriptedSmtpServer(script);
        SmtpMailTransport t = transport(server.port(), 3)) {
      assertThat(t.send(email("m-1", "a@example.com")).status())
          .isEqualTo(DeliveryResult.Status.SENT);
      assertThat(t.send(email("m-2", "b@example.com")).status())
          .isEqualTo(DeliveryResult.Status.SENT);
      assertThat(t.send(email("m-3", "c@example.com")).status())
          .isEqualTo(DeliveryResult.Status.SENT);

      assertThat(server.accepted()).hasSize(3);
      assertThat(ticker.sleeps()).as("a dropped pooled connection is replaced at once").isEmpty();
      assertThat(server.connections()).isEqualTo(2);
      assertThat(t.connectionsOpened()).isEqualTo(2);
    }
  }

  @Test
  void aRefusedSenderStopsTheChannel() throws IOException {
    ScriptedSmtpServer.Script script =
        new ScriptedSmtpServer.Script() {
          @Override
          public String mail(int n) {
            return "553 5.7.1 sender not allowed";
          }
        };
    try (ScriptedSmtpServer server = new ScriptedSmtpServer(script);
        SmtpMailTransport t = transport(server.port(), 3)) {
      assertThatThrownBy(() -> t.send(email("m-1", "a@example.com")))
          .isInstanceOf(TailorException.class)
          .hasMessageContaining("refuses the sender")
          .hasMessageContaining("553");
    }
  }

  @Test
  void anUnreachableServerFailsAfterTheRetries() throws IOException {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    try (SmtpMailTransport t = transport(port, 2)) {
      assertThatThrownBy(() -> t.send(email("m-1", "a@example.com")))
          .isInstanceOf(TailorException.class)
          .hasMessageContaining("cannot reach smtp://127.0.0.1:" + port)
          .hasMessageContaining("3 attempts");
      assertThat(ticker.sleeps()).containsExactly(SECOND, 2 * SECOND);
    }
  }

  @Test
  void anUnparseableRecipientBouncesWithoutTouchingTheServer() throws IOException {
    try (ScriptedSmtpServer server = new ScriptedSmtpServer(new ScriptedSmtpServer.Script() {});
        SmtpMailTransport t = transport(server.port(), 3)) {
      DeliveryResult r = t.send(email("m-1", "a@@example.com"));
      assertThat(r.status()).isEqualTo(DeliveryResult.Status.BOUNCED);
      assertThat(server.connections()).isZero();
    }
  }
}
