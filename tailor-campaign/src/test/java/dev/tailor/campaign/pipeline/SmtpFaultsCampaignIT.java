package dev.tailor.campaign.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tailor.campaign.TestShop;
import dev.tailor.core.campaign.CampaignStatus;
import dev.tailor.core.campaign.Message;
import dev.tailor.core.campaign.MessageState;
import dev.tailor.core.mail.MailTransport;
import dev.tailor.core.suppression.Suppression;
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
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whole campaigns through {@link CampaignRunner} to tailor-mail's scripted SMTP server: one that
 * answers 421 and 451 now and then, drops connections (also after the message, before its reply),
 * refuses some addresses with 550 and some messages with 554 after the data; and one that is down
 * (421 to everything) for a whole run and back for the resume. Every planned message that is
 * neither held out nor suppressed ends either delivered exactly once or failed with its reason;
 * nothing is lost, nothing arrives twice, and refused recipients land on the suppression list.
 */
class SmtpFaultsCampaignIT {
  private static final Pattern TAILOR_ID = Pattern.compile("X-Tailor-Message: (\\S+)");

  @TempDir Path dir;

  private final InMemoryStore store = new InMemoryStore();
  private final FixedClock clock = FixedClock.create();

  /** Customers c0003, c0013, c0023, ... do not exist on the server: 550 to RCPT. */
  private static boolean refused(String customerId) {
    return customerId.endsWith("3");
  }

  /** Messages to c0007, c0017, ... are refused after their data: 554. */
  private static boolean rejected(String customerId) {
    return customerId.endsWith("7");
  }

  /** On the suppression list before the campaign. */
  private static boolean suppressedBefore(String customerId) {
    return customerId.equals("c0001") || customerId.equals("c0002");
  }

  private final AtomicInteger transientReplies = new AtomicInteger();
  private final AtomicInteger drops = new AtomicInteger();
  private final AtomicBoolean down = new AtomicBoolean();

  private final ScriptedSmtpServer.Script script =
      new ScriptedSmtpServer.Script() {
        @Override
        public String mail(int n) {
          if (down.get()) {
            transientReplies.incrementAndGet();
            return "421 4.3.2 system shutting down";
          }
          if (n % 7 == 0) {
            transientReplies.incrementAndGet();
            return "421 4.7.0 busy, closing";
          }
          if (n % 17 == 0) {
            drops.incrementAndGet();
            return ScriptedSmtpServer.DROP;
          }
          return "250 2.1.0 ok";
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
        public String data(int n, List<String> recipients) {
          if (recipients.stream().anyMatch(r -> r.matches("(?i)RCPT TO:\\s*<c\\d\\d\\d7@.*"))) {
            return "554 5.7.1 message refused as spam";
          }
          if (n % 9 == 0) {
            transientReplies.incrementAndGet();
            return "451 4.3.0 queue full";
          }
          if (n % 23 == 0) {
            drops.incrementAndGet();
            return ScriptedSmtpServer.DROP;
          }
          return "250 2.0.0 queued as Q" + n;
        }
      };

  private CampaignSetup setup(String key) {
    TestShop.fill(store, 150);
    List<Suppression> before =
        List.of(
            new Suppression("c0001", SuppressionReason.UNSUBSCRIBED, clock.instant(), "link"),
            new Suppression("c0002", SuppressionReason.COMPLAINT, clock.instant(), "fbl"));
    store.suppressions().addAll(before);
    return TestShop.setup(TestShop.campaignFile(dir, TestShop.twoVariants(key, "")), store, clock);
  }

  private static MailTransport transport(ScriptedSmtpServer server, int retries, FixedClock c) {
    SmtpSettings smtp =
        SmtpSettings.builder("127.0.0.1")
            .port(server.port())
            .security(SmtpSecurity.NONE)
            .poolSize(3)
            .retryAttempts(retries)
            .initialBackoff(Duration.ofMillis(1))
            .readTimeout(Duration.ofSeconds(5))
            .build();
    return MailTransports.create(DeliverySettings.smtp(smtp), c, name -> null);
  }

  private List<Message> messages(String key) {
    return store.messages().page(key, EnumSet.allOf(MessageState.class), Instant.MAX, "", 10_000);
  }

  /** Copies of each Tailor message id the server accepted. */
  private static Map<String, Integer> arrived(ScriptedSmtpServer server) {
    Map<String, Integer> arrived = new HashMap<>();
    for (String raw : server.accepted()) {
      Matcher m = TAILOR_ID.matcher(raw);
      assertThat(m.find()).isTrue();
      arrived.merge(m.group(1), 1, Integer::sum);
    }
    return arrived;
  }

  /**
   * Every message's end: held out and suppressed ones got nothing, refused ones failed with the
   * reply as reason and their customer is suppressed, every other one arrived exactly once.
   */
  private void assertEveryMessageEndedRight(String key, ScriptedSmtpServer server) {
    Map<String, Integer> arrived = arrived(server);
    List<Message> all = messages(key);
    assertThat(all).hasSize(150);
    int sent = 0;
    int refusedRcpt = 0;
    int refusedData = 0;
    for (Message m : all) {
      String c = m.customerId();
      if (m.holdout()) {
        assertThat(m.state()).isEqualTo(MessageState.HELD_OUT);
        assertThat(arrived).doesNotContainKey(m.id());
      } else if (suppressedBefore(c)) {
        assertThat(m.state()).as(c).isEqualTo(MessageState.SUPPRESSED);
        assertThat(arrived).doesNotContainKey(m.id());
      } else if (refused(c) || rejected(c)) {
        assertThat(m.state()).as(c).isEqualTo(MessageState.FAILED);
        assertThat(m.detail().orElseThrow())
            .startsWith(refused(c) ? "hard bounce: rcpt 550" : "hard bounce: data 554");
        assertThat(store.suppressions().find(c).orElseThrow().reason())
            .isEqualTo(SuppressionReason.HARD_BOUNCE);
        assertThat(arrived).doesNotContainKey(m.id());
        if (refused(c)) {
          refusedRcpt++;
        } else {
          refusedData++;
        }
      } else {
        sent++;
        assertThat(m.state()).as(c).isEqualTo(MessageState.SENT);
        assertThat(m.transportId()).isPresent();
        assertThat(arrived.get(m.id())).as("copies of " + m.id()).isEqualTo(1);
      }
    }
    assertThat(refusedRcpt).isPositive();
    assertThat(refusedData).isPositive();
    assertThat(sent).isGreaterThan(90);
    assertThat(arrived).hasSize(sent);
    assertThat(server.accepted()).hasSize(sent);
  }

  @Test
  void retriesHappenRefusedAddressesAreSuppressedAndEveryOtherMessageArrivesOnce()
      throws Exception {
    CampaignSetup setup = setup("faults");
    CampaignRunner runner =
        new CampaignRunner(
            store,
            clock,
            new PipelineSettings(3, 16, Duration.ofSeconds(60), 2, Duration.ofMillis(10)),
            s -> {});
    try (ScriptedSmtpServer server = new ScriptedSmtpServer(script)) {
      try (MailTransport transport = transport(server, 8, clock)) {
        assertThat(runner.run(setup, transport, true, "campaign.yaml").status())
            .isEqualTo(CampaignStatus.DONE);
        // A re-run finds nothing left to send.
        assertThat(runner.run(setup, transport, true, "campaign.yaml").delivery().toMap())
            .containsEntry("in_doubt", 0L)
            .doesNotContainKey("sent");
      }
      assertEveryMessageEndedRight("faults", server);
      assertThat(transientReplies.get()).as("4xx replies met and retried").isPositive();
      assertThat(drops.get()).as("connections dropped").isPositive();
      assertThat(server.connections()).as("dropped connections replaced").isGreaterThan(3);
      assertThat(FailureReasons.of(store.messages(), "faults").reasons())
          .extracting(FailureReasons.Reason::reason)
          .containsExactlyInAnyOrder(
              "hard bounce: rcpt 550: 550 5.1.1 no such user",
              "hard bounce: data 554: 554 5.7.1 message refused as spam");
    }
  }

  @Test
  void aServerDownForAWholeRunLeavesMessagesDeferredAndResumeDeliversEachOnce() throws Exception {
    CampaignSetup setup = setup("outage");
    CampaignRunner runner =
        new CampaignRunner(
            store,
            clock,
            new PipelineSettings(2, 16, Duration.ofSeconds(60), 1, Duration.ofMillis(10)),
            s -> {});
    try (ScriptedSmtpServer server = new ScriptedSmtpServer(script)) {
      down.set(true);
      try (MailTransport transport = transport(server, 2, clock)) {
        CampaignRunner.Outcome out = runner.run(setup, transport, true, "campaign.yaml");
        assertThat(out.status()).isEqualTo(CampaignStatus.SENDING);
        assertThat(out.nextDue()).isPresent();
      }
      assertThat(server.accepted()).isEmpty();
      for (Message m : messages("outage")) {
        if (!m.holdout() && !suppressedBefore(m.customerId())) {
          assertThat(m.state()).as(m.customerId()).isEqualTo(MessageState.DEFERRED);
          assertThat(m.detail().orElseThrow()).startsWith("deferred: ").contains("421");
        }
      }

      down.set(false);
      clock.advance(Duration.ofMinutes(10));
      try (MailTransport transport = transport(server, 8, clock)) {
        assertThat(runner.resume(setup, transport, false).status()).isEqualTo(CampaignStatus.DONE);
        assertThat(runner.resume(setup, transport, false).delivery().toMap())
            .doesNotContainKey("sent");
      }
      assertEveryMessageEndedRight("outage", server);
    }
  }
}
