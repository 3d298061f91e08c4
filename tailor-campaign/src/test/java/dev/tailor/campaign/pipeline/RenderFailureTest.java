package dev.tailor.campaign.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tailor.campaign.TestShop;
import dev.tailor.core.ErrorCode;
import dev.tailor.core.TailorException;
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
import java.util.concurrent.atomic.AtomicInteger;
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

  /**
   * The test shop's campaign whose decision step fails for {@code customer} the first {@code
   * failures} times as a store failure would (the store's own exception), then succeeds.
   */
  private CampaignSetup storeFailingFor(String customer, int failures, AtomicInteger tries) {
    CampaignSetup s =
        TestShop.setup(
            TestShop.campaignFile(dir, TestShop.twoVariants("weekly", "holdout: {share: 0}\n")),
            store,
            clock);
    Composer inner = s.composer();
    Composer failing =
        r -> {
          if (r.customer().id().equals(customer) && tries.incrementAndGet() <= failures) {
            throw new TailorException(
                ErrorCode.STORE, "reading events failed on sqlite: database is locked");
          }
          return inner.compose(r);
        };
    return new CampaignSetup(s.spec(), s.files(), s.engines(), failing);
  }

  private Message messageOf(String customer) {
    return messages().stream()
        .filter(m -> m.customerId().equals(customer))
        .findFirst()
        .orElseThrow();
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

  @Test
  void aStoreFailureWhileDecidingIsTriedAgainByTheNextPassAndTheMessageIsSentOnce() {
    TestShop.fill(store, 30);
    AtomicInteger tries = new AtomicInteger();
    CampaignRunner runner = new CampaignRunner(store, clock, settings, s -> {});

    CampaignRunner.Outcome out =
        runner.run(storeFailingFor("c0005", 2, tries), transport, true, "c.yaml");

    assertThat(out.status()).isEqualTo(CampaignStatus.DONE);
    assertThat(tries.get()).isEqualTo(3);
    assertThat(out.delivery().count(MessageState.DEFERRED)).isEqualTo(2);
    assertThat(out.delivery().count(MessageState.FAILED)).isZero();
    assertThat(messageOf("c0005").state()).isEqualTo(MessageState.SENT);
    assertThat(transport.sentTo("c0005@example.com")).hasSize(1);
    assertThat(transport.sentCount()).isEqualTo(30);
  }

  @Test
  void aStoreFailureThatDoesNotPassFailsTheMessageAfterThreeAttemptsAcrossResumes() {
    TestShop.fill(store, 30);
    AtomicInteger tries = new AtomicInteger();
    PipelineSettings noPasses =
        new PipelineSettings(2, 16, Duration.ofSeconds(60), 0, Duration.ZERO);
    CampaignRunner runner = new CampaignRunner(store, clock, noPasses, s -> {});
    CampaignSetup setup = storeFailingFor("c0005", Integer.MAX_VALUE, tries);

    CampaignRunner.Outcome first = runner.run(setup, transport, true, "c.yaml");
    // tried as its chunk was planned and by the run's pass; the rest of the campaign is not
    // held up, and the message waits for another try
    assertThat(first.status()).isEqualTo(CampaignStatus.SENDING);
    assertThat(tries.get()).isEqualTo(2);
    assertThat(transport.sentCount()).isEqualTo(29);
    assertThat(messageOf("c0005").state()).isEqualTo(MessageState.DEFERRED);
    assertThat(messageOf("c0005").detail().orElseThrow())
        .isEqualTo(
            "render deferred (attempt 2 of 3): reading events failed on sqlite: database is locked");

    CampaignRunner.Outcome third = runner.resume(setup, transport, false);
    assertThat(third.status()).isEqualTo(CampaignStatus.DONE);
    assertThat(third.delivery().count(MessageState.FAILED)).isEqualTo(1);
    assertThat(messageOf("c0005").state()).isEqualTo(MessageState.FAILED);
    assertThat(messageOf("c0005").detail().orElseThrow())
        .isEqualTo(
            "render failed after 3 attempts: reading events failed on sqlite: database is locked");
    assertThat(tries.get()).isEqualTo(3);

    // final: never tried again
    assertThat(runner.resume(setup, transport, false).status()).isEqualTo(CampaignStatus.DONE);
    assertThat(tries.get()).isEqualTo(3);
    assertThat(transport.sentTo("c0005@example.com")).isEmpty();
    assertThat(transport.sentCount()).isEqualTo(29);
  }

  @Test
  void theFailureReasonsOfACampaignAreSummarizedForItsStatus() {
    TestShop.fill(store, 60);
    CampaignRunner runner = new CampaignRunner(store, clock, settings, s -> {});
    runner.run(failingFor("c0005", "holdout: {share: 0}\n"), transport, true, "c.yaml");

    FailureReasons.Summary summary = FailureReasons.of(store.messages(), "weekly");

    assertThat(summary.complete()).isTrue();
    assertThat(summary.read()).isEqualTo(1);
    assertThat(summary.reasons())
        .containsExactly(
            new FailureReasons.Reason(
                "render failed: template error at line 3: unknown filter 'nope'",
                1,
                messageOf("c0005").id()));
    assertThat(
            FailureReasons.normalize(
                "hard bounce: rcpt 550 5.1.1 <c0013@example.com>: no such user"))
        .isEqualTo("hard bounce: rcpt 550 5.1.1 <address>: no such user");
  }
}
