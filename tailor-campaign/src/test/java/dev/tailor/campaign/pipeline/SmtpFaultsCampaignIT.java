package dev.tailor.campaign.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tailor.campaign.TestShop;
import dev.tailor.core.campaign.CampaignStatus;
import dev.tailor.core.campaign.Message;
import dev.tailor.core.campaign.MessageState;
import dev.tailor.core.mail.MailTransport;
import dev.tailor.core.suppression.SuppressionReason;
import dev.tailor.mail.DeliverySettings;
import dev.tailor.mail.MailTransports;
import dev.tailor.mail.smtp.ScriptedSmtpServer;
import dev.tailor.mail.smtp.SmtpSecurity;
import dev.tailor.mail.smtp.SmtpSettings;
import dev.tailor.testkit.FixedClock;
import dev.tailor.testkit.memory.InMemoryStore;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A whole campaign through {@link CampaignRunner} to an SMTP server that answers 421 and 451 now
 * and then, drops connections (also after the message, before its reply), and refuses some
 * addresses with 550: retries happen, the refused customers end on the suppression list, every
 * other planned message arrives exactly once, and nothing is lost.
 */
class SmtpFaultsCampaignIT {
  private static final Pattern TAILOR_ID = Pattern.compile("X-Tailor-Message: (\\S+)");

  @TempDir Path dir;

  /** Customers c0003, c0013, c0023, ... do not exist on the server. */
  private static boolean refused(String customerId) {
    return customerId.endsWith("3");
  }

  private final AtomicInteger transientReplies = new AtomicInteger();

  private final ScriptedSmtpServer.Script script =
      new ScriptedSmtpServer.Script() {
        @Override
        public String mail(int n) {
          if (n % 7 == 0) {
            transientReplies.incrementAndGet();
            return "421 4.7.0 busy, closing";
          }
          return n % 17 == 0 ? ScriptedSmtpServer.DROP : "250 2.1.0 ok";
        }

        @Override
        public String rcpt(int n, String command) {
          if (command.matches("(?i)RCPT TO:\\s*<c\\d\\d\\d3@example\\.com>.*")) {
            return "550 5.1.1 no such user";
          }
          if (n % 19 == 0) {
            transientReplies.incrementAndGet();
            return "451 4.3.0 try later";
          }
          return "250 2.1.5 ok";
        }

        @Override
        public String data(int n) {
          if (n % 9 == 0) {
            transientReplies.incrementAndGet();
            return "451 4.3.0 queue full";
          }
          return n % 23 == 0 ? ScriptedSmtpServer.DROP : "250 2.0.0 queued as Q" + n;
        }
      };

  @Test
  void retriesHappenRefusedAddressesAreSuppressedAndEveryOtherMessageArrivesOnce()
      throws Exception {
    InMemoryStore store = new InMemoryStore();
    FixedClock clock = FixedClock.create();
    TestShop.fill(store, 150);
    CampaignSetup setup =
        TestShop.setup(
            TestShop.campaignFile(dir, TestShop.twoVariants("faults", "")), store, clock);
    CampaignRunner runner =
        new CampaignRunner(
            store,
            clock,
            new PipelineSettings(3, 16, Duration.ofSeconds(60), 2, Duration.ofMillis(10)),
            s -> {});
    try (ScriptedSmtpServer server = new ScriptedSmtpServer(script)) {
      SmtpSettings smtp =
          SmtpSettings.builder("127.0.0.1")
              .port(server.port())
              .security(SmtpSecurity.NONE)
              .poolSize(3)
              .retryAttempts(8)
              .initialBackoff(Duration.ofMillis(1))
              .readTimeout(Duration.ofSeconds(5))
              .build();
      try (MailTransport transport =
          MailTransports.create(DeliverySettings.smtp(smtp), clock, name -> null)) {
        assertThat(runner.run(setup, transport, true, "campaign.yaml").status())
            .isEqualTo(CampaignStatus.DONE);
        // A re-run finds nothing left to send.
        assertThat(runner.run(setup, transport, true, "campaign.yaml").delivery().toMap())
            .containsEntry("in_doubt", 0L)
            .doesNotContainKey("sent");
      }

      Map<String, Integer> arrived = new HashMap<>();
      for (String raw : server.accepted()) {
        Matcher m = TAILOR_ID.matcher(raw);
        assertThat(m.find()).isTrue();
        arrived.merge(m.group(1), 1, Integer::sum);
      }
      List<Message> all =
          store
              .messages()
              .page("faults", EnumSet.allOf(MessageState.class), Instant.MAX, "", 10_000);
      assertThat(all).hasSize(150);
      int sent = 0;
      int bounced = 0;
      for (Message m : all) {
        if (m.holdout()) {
          assertThat(m.state()).isEqualTo(MessageState.HELD_OUT);
          assertThat(arrived).doesNotContainKey(m.id());
        } else if (refused(m.customerId())) {
          bounced++;
          assertThat(m.state()).as(m.customerId()).isEqualTo(MessageState.FAILED);
          assertThat(m.detail().orElseThrow()).startsWith("hard bounce: rcpt 550");
          assertThat(store.suppressions().find(m.customerId()).orElseThrow().reason())
              .isEqualTo(SuppressionReason.HARD_BOUNCE);
          assertThat(arrived).doesNotContainKey(m.id());
        } else {
          sent++;
          assertThat(m.state()).as(m.customerId()).isEqualTo(MessageState.SENT);
          assertThat(arrived.get(m.id())).as("copies of " + m.id()).isEqualTo(1);
        }
      }
      assertThat(bounced).isPositive();
      assertThat(arrived).hasSize(sent);
      assertThat(transientReplies.get()).as("4xx replies met and retried").isPositive();
      assertThat(server.connections()).as("dropped connections replaced").isGreaterThan(3);
    }
  }
}
