package dev.tailor.campaign.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.tailor.campaign.TestShop;
import dev.tailor.core.campaign.CampaignStatus;
import dev.tailor.core.campaign.Message;
import dev.tailor.core.campaign.MessageState;
import dev.tailor.core.mail.MailTransport;
import dev.tailor.core.suppression.Suppression;
import dev.tailor.core.suppression.SuppressionReason;
import dev.tailor.mail.DeliverySettings;
import dev.tailor.mail.MailTransports;
import dev.tailor.mail.smtp.SmtpSecurity;
import dev.tailor.mail.smtp.SmtpSettings;
import dev.tailor.testkit.FixedClock;
import dev.tailor.testkit.memory.InMemoryStore;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A campaign delivered by SMTP to GreenMail, a real SMTP server. */
class SmtpCampaignIT {
  @TempDir Path dir;

  private final GreenMail server = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

  @AfterEach
  void stop() {
    server.stop();
  }

  @Test
  void everyPlannedMessageArrivesOnceWithItsHeadersAndNobodyElseGetsMail() throws Exception {
    server.start();
    InMemoryStore store = new InMemoryStore();
    FixedClock clock = FixedClock.create();
    TestShop.fill(store, 200);
    store
        .suppressions()
        .addAll(
            List.of(
                new Suppression("c0003", SuppressionReason.UNSUBSCRIBED, clock.instant(), ""),
                new Suppression("c0004", SuppressionReason.COMPLAINT, clock.instant(), "")));
    SmtpSettings smtp =
        SmtpSettings.builder("127.0.0.1")
            .port(server.getSmtp().getPort())
            .security(SmtpSecurity.NONE)
            .poolSize(4)
            .build();
    CampaignSetup setup =
        TestShop.setup(
            TestShop.campaignFile(dir, TestShop.twoVariants("smtp-weekly", "")), store, clock);
    CampaignRunner runner =
        new CampaignRunner(
            store,
            clock,
            new PipelineSettings(3, 32, Duration.ofSeconds(60), 1, Duration.ofMillis(10)),
            s -> {});
    try (MailTransport transport =
        MailTransports.create(DeliverySettings.smtp(smtp), clock, name -> null)) {
      assertThat(runner.run(setup, transport, true, "campaign.yaml").status())
          .isEqualTo(CampaignStatus.DONE);
      // A re-run sends nothing twice.
      runner.run(setup, transport, true, "campaign.yaml");
    }

    List<Message> all =
        store
            .messages()
            .page("smtp-weekly", EnumSet.allOf(MessageState.class), Instant.MAX, "", 10_000);
    Map<String, Message> sentTo = new HashMap<>();
    for (Message m : all) {
      if (m.state() == MessageState.SENT) {
        sentTo.put(m.customerId() + "@example.com", m);
      } else {
        assertThat(m.state()).isIn(MessageState.HELD_OUT, MessageState.SUPPRESSED);
      }
    }
    MimeMessage[] received = server.getReceivedMessages();
    assertThat(received).hasSize(sentTo.size());
    assertThat(sentTo).isNotEmpty();
    Map<String, Integer> perRecipient = new HashMap<>();
    for (MimeMessage r : received) {
      String to = r.getAllRecipients()[0].toString();
      perRecipient.merge(to, 1, Integer::sum);
      Message m = sentTo.get(to);
      assertThat(m).as("mail to " + to + " has a sent record").isNotNull();
      assertThat(r.getHeader("X-Tailor-Message")[0]).isEqualTo(m.id());
      assertThat(r.getHeader("Message-ID")[0]).contains(m.id());
      assertThat(r.getHeader("List-Unsubscribe")[0]).contains("/u/" + m.id());
      assertThat(r.getHeader("List-Unsubscribe-Post")[0]).isEqualTo("List-Unsubscribe=One-Click");
      assertThat(r.getSubject()).isEqualTo(m.subject().orElseThrow());
      assertThat(r.getContentType()).startsWith("multipart/alternative");
    }
    assertThat(perRecipient.values()).containsOnly(1);
    assertThat(perRecipient).doesNotContainKeys("c0003@example.com", "c0004@example.com");
    for (Message m : all) {
      if (m.holdout()) {
        assertThat(perRecipient).doesNotContainKey(m.customerId() + "@example.com");
      }
    }
  }
}
