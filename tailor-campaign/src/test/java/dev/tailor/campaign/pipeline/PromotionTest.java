package dev.tailor.campaign.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tailor.campaign.TestShop;
import dev.tailor.campaign.assign.Assigner;
import dev.tailor.campaign.spec.CampaignParser;
import dev.tailor.campaign.spec.CampaignSpec;
import dev.tailor.core.ErrorCode;
import dev.tailor.core.TailorException;
import dev.tailor.core.campaign.CampaignStatus;
import dev.tailor.core.campaign.Message;
import dev.tailor.core.campaign.MessageState;
import dev.tailor.core.mail.DeliveryResult;
import dev.tailor.core.mail.MailTransport;
import dev.tailor.core.mail.OutgoingEmail;
import dev.tailor.testkit.FixedClock;
import dev.tailor.testkit.memory.InMemoryMailTransport;
import dev.tailor.testkit.memory.InMemoryStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A pilot's winner promoted to the rest of the audience: everyone outside the pilot and the holdout
 * gets the winning variant, the pilot keeps its records, the holdout stays out, and a crash in the
 * middle of the rollout is resumed from the stored campaign with the winner still promoted.
 */
class PromotionTest {
  @TempDir Path dir;

  private final InMemoryStore store = new InMemoryStore();
  private final FixedClock clock = FixedClock.create();
  private final InMemoryMailTransport transport = new InMemoryMailTransport();
  private final CampaignRunner runner =
      new CampaignRunner(
          store,
          clock,
          new PipelineSettings(2, 16, Duration.ofSeconds(60), 1, Duration.ofMillis(1)),
          s -> {});

  private static final String PILOT = "pilot: 0.3\nholdout: {share: 0.1}\n";

  private List<Message> messages() {
    return store
        .messages()
        .page("weekly", EnumSet.allOf(MessageState.class), Instant.MAX, "", 100_000);
  }

  /** Delivers through {@code inner} until {@code limit} sends, then the channel breaks. */
  private static MailTransport breakingAfter(MailTransport inner, int limit) {
    AtomicInteger sends = new AtomicInteger();
    return new MailTransport() {
      @Override
      public DeliveryResult send(OutgoingEmail email) {
        if (sends.incrementAndGet() > limit) {
          throw new TailorException(ErrorCode.RUNTIME, "connection refused");
        }
        return inner.send(email);
      }

      @Override
      public String describe() {
        return "breaking";
      }

      @Override
      public void close() {}
    };
  }

  @Test
  void theRestOfTheAudienceGetsTheWinnerOnceEvenAcrossACrashAndResume() throws Exception {
    TestShop.fill(store, 400);
    Path file = TestShop.campaignFile(dir, TestShop.twoVariants("weekly", PILOT));
    runner.run(TestShop.setup(file, store, clock), transport, false, file.toString());
    int pilotSent = transport.sentCount();
    List<Message> pilot = messages();

    String promotedText =
        CampaignSpec.promote(Files.readString(file), "rules", "chosen by the test");
    Files.writeString(file, promotedText);
    CampaignSetup promoted = TestShop.setup(file, store, clock);
    assertThat(promoted.spec().promoted()).contains("rules");
    assertThatThrownBy(
            () -> runner.run(promoted, breakingAfter(transport, 50), true, file.toString()))
        .hasMessageContaining("connection refused");

    // resume reads the campaign as stored by the promoting run
    CampaignSpec stored =
        CampaignParser.parse(
            store.campaigns().findById("weekly").orElseThrow().spec(), "stored", dir);
    assertThat(stored.promoted()).contains("rules");
    CampaignRunner.Outcome out =
        runner.resume(TestShop.setup(file, store, clock), transport, false);
    assertThat(out.status()).isEqualTo(CampaignStatus.DONE);

    Assigner assigner = new Assigner("weekly", 0.3, 0.1, stored.variants());
    List<Message> all = messages();
    assertThat(all).hasSize(400);
    for (Message m : all) {
      var a = assigner.assign(m.customerId());
      assertThat(m.holdout()).isEqualTo(a.holdout());
      if (a.holdout()) {
        assertThat(m.state()).isEqualTo(MessageState.HELD_OUT);
        assertThat(transport.findSent(m.id())).isEmpty();
      } else {
        assertThat(m.state()).isEqualTo(MessageState.SENT);
        assertThat(m.variant()).isEqualTo(a.pilot() ? a.variant() : "rules");
        assertThat(transport.sentTo(m.customerId() + "@example.com")).hasSize(1);
      }
    }
    assertThat(all).as("the pilot's records are left as they were").containsAll(pilot);
    assertThat(pilot.stream().map(Message::variant).collect(Collectors.toSet()))
        .contains("ai", "rules");
    long sent = all.stream().filter(m -> m.state() == MessageState.SENT).count();
    assertThat(transport.sentCount()).isEqualTo(sent).isGreaterThan(pilotSent);

    // running the file as it was before the promotion would undo it: refused, nothing sent
    Files.writeString(file, TestShop.twoVariants("weekly", PILOT));
    assertThatThrownBy(
            () -> runner.run(TestShop.setup(file, store, clock), transport, true, file.toString()))
        .hasMessageContaining("was promoted to variant rules")
        .hasMessageContaining("tailor campaign resume weekly");
    assertThat(transport.sentCount()).isEqualTo(sent);
    assertThat(
            CampaignParser.parse(
                    store.campaigns().findById("weekly").orElseThrow().spec(), "stored", dir)
                .promoted())
        .contains("rules");
  }

  @Test
  void aPromotionMustNameAVariantAndNeedsAPilot() {
    Path file =
        TestShop.campaignFile(dir, TestShop.twoVariants("weekly", PILOT + "promoted: nobody\n"));
    assertThatThrownBy(() -> CampaignParser.parse(file))
        .hasMessageContaining("promoted: names no variant: 'nobody' (variants: ai, rules)");
    Path noPilot = TestShop.campaignFile(dir, TestShop.twoVariants("weekly", "promoted: ai\n"));
    assertThatThrownBy(() -> CampaignParser.parse(noPilot))
        .hasMessageContaining("needs a pilot below 1");
  }
}
