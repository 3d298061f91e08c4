package dev.tailor.mail.smtp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tailor.core.mail.DeliveryResult;
import dev.tailor.core.mail.OutgoingEmail;
import dev.tailor.testkit.FixedClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A server that answers 421 or 451 now and then, drops connections before the message is accepted,
 * and refuses some addresses with 550, against 4 sending threads: every good address gets its
 * message exactly once, every refused one is a bounce, nothing is lost or thrown.
 */
class SmtpMixedFaultsIT {
  private static final Pattern TAILOR_ID = Pattern.compile("X-Tailor-Message: (\\S+)");

  @Test
  void sometimesFailingServerLosesNothingAndDuplicatesNothing() throws Exception {
    ScriptedSmtpServer.Script script =
        new ScriptedSmtpServer.Script() {
          @Override
          public String mail(int n) {
            return n % 7 == 0
                ? "421 4.7.0 busy, closing"
                : n % 17 == 0 ? ScriptedSmtpServer.DROP : "250 2.1.0 ok";
          }

          @Override
          public String rcpt(int n, String command) {
            if (command.contains("refused")) {
              return "550 5.1.1 no such user";
            }
            return n % 19 == 0 ? "451 4.3.0 try later" : "250 2.1.5 ok";
          }

          @Override
          public String data(int n) {
            return n % 9 == 0 ? "451 4.3.0 queue full" : "250 2.0.0 queued as Q" + n;
          }
        };
    int n = 200;
    FakeTicker ticker = new FakeTicker();
    try (ScriptedSmtpServer server = new ScriptedSmtpServer(script)) {
      SmtpSettings settings =
          SmtpSettings.builder("127.0.0.1")
              .port(server.port())
              .security(SmtpSecurity.NONE)
              .poolSize(3)
              .retryAttempts(10)
              .initialBackoff(Duration.ofMillis(1))
              .readTimeout(Duration.ofSeconds(5))
              .build();
      Map<String, DeliveryResult> results = new HashMap<>();
      try (SmtpMailTransport t =
          new SmtpMailTransport(settings, "", FixedClock.fixedUtc(), ticker)) {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<DeliveryResult>> futures = new ArrayList<>();
        for (int i = 0; i < n; i++) {
          String to = (i % 10 == 3 ? "refused" : "user") + i + "@example.com";
          OutgoingEmail e =
              new OutgoingEmail(
                  "m-" + i, "news@shop.example", to, "Hi", "<p>Hi</p>", "Hi", Map.of(), Map.of());
          futures.add(pool.submit(() -> t.send(e)));
        }
        for (int i = 0; i < n; i++) {
          results.put("m-" + i, futures.get(i).get(2, TimeUnit.MINUTES));
        }
        pool.shutdown();
      }

      Map<String, Integer> acceptedTimes = new HashMap<>();
      for (String message : server.accepted()) {
        Matcher m = TAILOR_ID.matcher(message);
        assertThat(m.find()).isTrue();
        acceptedTimes.merge(m.group(1), 1, Integer::sum);
      }
      for (int i = 0; i < n; i++) {
        String id = "m-" + i;
        if (i % 10 == 3) {
          assertThat(results.get(id).status()).as(id).isEqualTo(DeliveryResult.Status.BOUNCED);
          assertThat(acceptedTimes).doesNotContainKey(id);
        } else {
          assertThat(results.get(id).status()).as(id).isEqualTo(DeliveryResult.Status.SENT);
          assertThat(acceptedTimes.get(id)).as(id).isEqualTo(1);
        }
      }
      assertThat(ticker.sleeps()).as("retries backed off").isNotEmpty();
      assertThat(server.connections()).as("dropped connections were replaced").isGreaterThan(3);
    }
  }
}
