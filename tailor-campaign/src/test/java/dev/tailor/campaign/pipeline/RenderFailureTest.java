package dev.tailor.campaign.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tailor.campaign.TestShop;
import dev.tailor.core.campaign.CampaignStatus;
import dev.tailor.core.campaign.Message;
import dev.tailor.core.campaign.MessageState;
import dev.tailor.testkit.FixedClock;
import dev.tailor.testkit.memory.InMemoryMailTransport;
import dev.tailor.testkit.memory.InMemoryStore;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenderFailureTest {
  @TempDir Path dir;

  private final InMemoryStore store = new InMemoryStore();
  private final FixedClock clock = FixedClock.create();
  private final InMemoryMailTransport transport = new InMemoryMailTransport();
  private final PipelineSettings settings =
      new PipelineSettings(2, 16, Duration.ofSeconds(60), 2, Duration.ofMillis(1));

  /** The test shop's campaign whose render step throws for customer c0005. */
  private CampaignSetup failingFor(String customer, String extra) {
    CampaignSetup s =
        TestShop.setup(
            TestShop.campaignFile(dir, TestShop.twoVariants("weekly", extra)), store, clock);
    Composer inner = s.composer();
    Composer failing =
        r -> {
          if (r.customer().id().equals(customer)) {
            throw new IllegalStateException("template error at line 3: unknown filter 'nope'");
          }
          return inner.compose(r);
        };
    return new CampaignSetup(s.spec(), s.files(), s.engines(), failing);
  }

  private List<Message> messages() {
    return store
        .messages()
        .page("weekly", EnumSet.allOf(MessageState.class), Instant.MAX, "", 100_000);
  }

  @Test
  void aMessageThatCannotBeRenderedFailsWithTheReasonAndTheCampaignFinishes() {
    TestShop.fill(store, 60);
    CampaignRunner runner = new CampaignRunner(store, clock, settings, s -> {});
    CampaignRunner.Outcome out =
        runner.run(failingFor("c0005", "holdout: {share: 0}\n"), transport, true, "c.yaml");

    assertThat(out.status()).isEqualTo(CampaignStatus.DONE);
    assertThat(out.delivery().count(MessageState.FAILED)).isEqualTo(1);
    assertThat(out.delivery().count(MessageState.SENT)).isEqualTo(59);
    Message failed =
        messages().stream().filter(m -> m.customerId().equals("c0005")).findFirst().orElseThrow();
    assertThat(failed.state()).isEqualTo(MessageState.FAILED);
    assertThat(failed.detail().orElseThrow())
        .startsWith("render failed: ")
        .contains("unknown filter 'nope'");
    assertThat(transport.sentTo("c0005@example.com")).isEmpty();
    assertThat(transport.sentCount()).isEqualTo(59);
  }

  @Test
  void aResumeDoesNotTryAFailedRenderAgain() {
    TestShop.fill(store, 20);
    CampaignRunner runner = new CampaignRunner(store, clock, settings, s -> {});
    runner.run(failingFor("c0003", "holdout: {share: 0}\n"), transport, true, "c.yaml");
    int attempts = transport.attempts();

    CampaignRunner.Outcome again =
        runner.resume(failingFor("c0003", "holdout: {share: 0}\n"), transport, false);

    assertThat(again.status()).isEqualTo(CampaignStatus.DONE);
    assertThat(again.delivery().count(MessageState.FAILED)).isZero();
    assertThat(transport.attempts()).isEqualTo(attempts);
    assertThat(messages())
        .filteredOn(m -> m.state() == MessageState.FAILED)
        .extracting(Message::customerId)
        .containsExactly("c0003");
  }
}
