package dev.tailor.campaign.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tailor.campaign.TestShop;
import dev.tailor.core.ErrorCode;
import dev.tailor.core.TailorException;
import dev.tailor.core.campaign.CampaignStatus;
import dev.tailor.core.campaign.Message;
import dev.tailor.core.campaign.MessageState;
import dev.tailor.core.campaign.StateCount;
import dev.tailor.core.customer.Consent;
import dev.tailor.core.customer.ConsentStatus;
import dev.tailor.core.mail.DeliveryResult;
import dev.tailor.core.mail.MailTransport;
import dev.tailor.core.mail.OutgoingEmail;
import dev.tailor.core.suppression.Suppression;
import dev.tailor.core.suppression.SuppressionReason;
import dev.tailor.testkit.FixedClock;
import dev.tailor.testkit.Fixtures;
import dev.tailor.testkit.memory.InMemoryMailTransport;
import dev.tailor.testkit.memory.InMemoryStore;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CampaignRunnerTest {
  @TempDir Path dir;

  private final InMemoryStore store = new InMemoryStore();
  private final FixedClock clock = FixedClock.create();
  private final InMemoryMailTransport transport = new InMemoryMailTransport();
  private final PipelineSettings settings =
      new PipelineSettings(3, 16, Duration.ofSeconds(60), 1, Duration.ofMillis(1));

  @BeforeEach
  void shop() {
    TestShop.fill(store, 300);
  }

  private CampaignRunner runner() {
    return new CampaignRunner(store, clock, settings, s -> {});
  }

  private CampaignSetup setup(String extra) {
    return TestShop.setup(
        TestShop.campaignFile(dir, TestShop.twoVariants("weekly", extra)), store, clock);
  }

  private List<Message> messages() {
    return store
        .messages()
        .page("weekly", EnumSet.allOf(MessageState.class), Instant.MAX, "", 100_000);
  }

  @Test
  void everyPlannedMessageIsSentOnceAndTheHoldoutGetsNothing() {
    CampaignRunner.Outcome out = runner().run(setup(""), transport, true, "campaign.yaml");
    assertThat(out.status()).isEqualTo(CampaignStatus.DONE);
    List<Message> all = messages();
    assertThat(all).hasSize(300);
    List<Message> sent = all.stream().filter(m -> m.state() == MessageState.SENT).toList();
    List<Message> held = all.stream().filter(m -> m.state() == MessageState.HELD_OUT).toList();
    assertThat(sent.size() + held.size()).isEqualTo(300);
    assertThat(held).allMatch(Message::holdout).isNotEmpty();
    assertThat(transport.sentCount()).isEqualTo(sent.size());
    assertThat(transport.attempts()).isEqualTo(sent.size());
    for (Message m : held) {
      assertThat(transport.findSent(m.id())).isEmpty();
    }
    for (Message m : sent) {
      OutgoingEmail e = transport.findSent(m.id()).orElseThrow();
      assertThat(e.to()).isEqualTo(m.customerId() + "@example.com");
      assertThat(m.transportId()).isPresent();
      assertThat(m.subject()).contains(e.subject());
      assertThat(m.decision()).isPresent();
      assertThat(m.sentAt()).contains(clock.instant());
      assertThat(e.headers()).containsKey("List-Unsubscribe");
      assertThat(e.metadata()).containsEntry("variant", m.variant());
    }
    Map<String, Long> perVariant =
        sent.stream().collect(Collectors.groupingBy(Message::variant, Collectors.counting()));
    assertThat(perVariant.keySet()).containsExactlyInAnyOrder("ai", "rules");
    assertThat(out.plan().orElseThrow().recipients().values().stream().mapToLong(x -> x).sum())
        .isEqualTo(sent.size());
  }

  @Test
  void theVariantsDecisionsAndSubjectLinesReachTheEmails() {
    runner().run(setup("holdout: {share: 0}\n"), transport, true, "campaign.yaml");
    for (Message m : messages()) {
      OutgoingEmail e = transport.findSent(m.id()).orElseThrow();
      if (m.variant().equals("ai")) {
        assertThat(e.html()).contains("P01").doesNotContain("P10");
        assertThat(e.subject()).isIn("A First " + m.customerId(), "B");
      } else {
        assertThat(e.html()).contains("P10").doesNotContain("P01");
      }
    }
  }

  @Test
  void aReRunOfAFinishedCampaignSendsNothingTwice() {
    runner().run(setup(""), transport, true, "campaign.yaml");
    int first = transport.attempts();
    CampaignRunner.Outcome again = runner().run(setup(""), transport, true, "campaign.yaml");
    assertThat(again.status()).isEqualTo(CampaignStatus.DONE);
    assertThat(transport.attempts()).isEqualTo(first);
    assertThat(again.plan().orElseThrow().newlyPlanned()).isZero();
    assertThat(again.delivery().count(MessageState.SENT)).isZero();
  }

  @Test
  void suppressedAndUnsubscribedCustomersGetNothingAndAreCountedByReason() {
    store
        .suppressions()
        .addAll(
            List.of(
                new Suppression("c0001", SuppressionReason.HARD_BOUNCE, clock.instant(), ""),
                new Suppression("c0002", SuppressionReason.COMPLAINT, clock.instant(), "")));
    store
        .customers()
        .upsertAll(
            List.of(
                Fixtures.customerBuilder("c0003")
                    .consent(Consent.of(ConsentStatus.UNSUBSCRIBED, clock.instant()))
                    .build()));
    PlanReport plan = runner().plan(setup("holdout: {share: 0}\n"), true);
    assertThat(plan.suppressed()).containsEntry("hard_bounce", 1L).containsEntry("complaint", 1L);
    assertThat(plan.excluded()).containsEntry("not_subscribed", 1L);
    assertThat(store.messages().count()).isZero();
    assertThat(plan.fillRates("ai")).containsEntry("first", 1.0);
    runner().run(setup("holdout: {share: 0}\n"), transport, true, "campaign.yaml");
    assertThat(transport.sentTo("c0001@example.com")).isEmpty();
    assertThat(transport.sentTo("c0002@example.com")).isEmpty();
    assertThat(transport.sentTo("c0003@example.com")).isEmpty();
    assertThat(transport.sentCount()).isEqualTo(297);
  }

  @Test
  void aHardBounceFailsTheMessageAndSuppressesTheCustomer() {
    transport.bounceAddresses("c0005@example.com");
    runner().run(setup("holdout: {share: 0}\n"), transport, true, "campaign.yaml");
    Message m =
        messages().stream().filter(x -> x.customerId().equals("c0005")).findFirst().orElseThrow();
    assertThat(m.state()).isEqualTo(MessageState.FAILED);
    assertThat(m.detail().orElseThrow()).startsWith("hard bounce");
    assertThat(store.suppressions().find("c0005").orElseThrow().reason())
        .isEqualTo(SuppressionReason.HARD_BOUNCE);
  }

  @Test
  void aDeferredMessageIsRetriedAndResumeSendsItLater() {
    transport.deferAddresses("c0007@example.com");
    CampaignRunner.Outcome out =
        runner().run(setup("holdout: {share: 0}\n"), transport, true, "campaign.yaml");
    assertThat(out.status()).isEqualTo(CampaignStatus.SENDING);
    Message m =
        messages().stream().filter(x -> x.customerId().equals("c0007")).findFirst().orElseThrow();
    assertThat(m.state()).isEqualTo(MessageState.DEFERRED);
    transport.clearFaults();
    CampaignRunner.Outcome resumed =
        runner().resume(setup("holdout: {share: 0}\n"), transport, false);
    assertThat(resumed.status()).isEqualTo(CampaignStatus.DONE);
    assertThat(resumed.delivery().count(MessageState.SENT)).isEqualTo(1);
    assertThat(transport.sentTo("c0007@example.com")).hasSize(1);
    assertThat(transport.sentCount()).isEqualTo(300);
  }

  @Test
  void theFrequencyCapCountsSendsOfOtherCampaigns() {
    runner().run(setup("holdout: {share: 0}\n"), transport, true, "campaign.yaml");
    CampaignSetup second =
        TestShop.setup(
            TestShop.campaignFile(
                dir.resolve("b"),
                TestShop.twoVariants("second", "holdout: {share: 0}\nfrequency_cap: {max: 1}\n")),
            store,
            clock);
    PlanReport plan = runner().plan(second, true);
    assertThat(plan.suppressed()).containsEntry("frequency_cap", 300L);
    clock.advance(Duration.ofDays(8));
    assertThat(runner().plan(second, true).suppressed()).doesNotContainKey("frequency_cap");
  }

  @Test
  void aPilotReachesItsShareAndTheFullRolloutTheRestOnce() {
    String extra = "pilot: 0.3\nholdout: {share: 0}\n";
    runner().run(setup(extra), transport, false, "campaign.yaml");
    int pilot = transport.sentCount();
    assertThat(pilot).isBetween(50, 130);
    runner().run(setup(extra), transport, true, "campaign.yaml");
    assertThat(transport.sentCount()).isEqualTo(300);
    assertThat(transport.attempts()).isEqualTo(300);
  }

  @Test
  void scheduledMessagesWaitUntilTheyAreDue() {
    String extra = "holdout: {share: 0}\nsend_time: {policy: fixed, at: '2025-06-03T09:00:00Z'}\n";
    CampaignRunner.Outcome out = runner().run(setup(extra), transport, true, "campaign.yaml");
    assertThat(out.status()).isEqualTo(CampaignStatus.SENDING);
    assertThat(out.nextDue()).contains(Instant.parse("2025-06-03T09:00:00Z"));
    assertThat(transport.sentCount()).isZero();
    clock.set(Instant.parse("2025-06-03T09:00:00Z"));
    assertThat(runner().resume(setup(extra), transport, false).status())
        .isEqualTo(CampaignStatus.DONE);
    assertThat(transport.sentCount()).isEqualTo(300);
  }

  @Test
  void decisionsAtSendTimeAreRecordedWhenRendered() {
    runner().run(setup("holdout: {share: 0}\ndecide_at: send\n"), transport, true, "campaign.yaml");
    assertThat(messages())
        .allMatch(m -> m.decision().isPresent() && m.state() == MessageState.SENT);
  }

  /** Delivers through {@code inner}, then loses the reply for one address, once. */
  private static MailTransport losingTheReplyFor(InMemoryMailTransport inner, String address) {
    AtomicBoolean lost = new AtomicBoolean();
    return new MailTransport() {
      @Override
      public DeliveryResult send(OutgoingEmail email) {
        DeliveryResult r = inner.send(email);
        if (email.to().equals(address) && lost.compareAndSet(false, true)) {
          throw new TailorException(ErrorCode.RUNTIME, "connection reset after DATA");
        }
        return r;
      }

      @Override
      public String describe() {
        return "lossy";
      }

      @Override
      public void close() {}
    };
  }

  @Test
  void aMessageInDoubtAfterALostReplyIsResentUnderTheSameIdAndDeliveredOnce() {
    String extra = "holdout: {share: 0}\n";
    MailTransport lossy = losingTheReplyFor(transport, "c0042@example.com");
    assertThatThrownBy(() -> runner().run(setup(extra), lossy, true, "campaign.yaml"))
        .hasMessageContaining("connection reset");
    // messages are sent as their chunk is planned: the run broke while planning, so resume
    // plans the rest
    assertThat(store.campaigns().findById("weekly").orElseThrow().status())
        .isEqualTo(CampaignStatus.PLANNING);
    Message stuck = find("c0042");
    assertThat(stuck.state()).isEqualTo(MessageState.SENDING);
    CampaignRunner.Outcome out = runner().resume(setup(extra), transport, false);
    assertThat(out.status()).isEqualTo(CampaignStatus.DONE);
    assertThat(out.delivery().inDoubt()).isEqualTo(1);
    assertThat(find("c0042").state()).isEqualTo(MessageState.SENT);
    assertThat(transport.sentTo("c0042@example.com")).hasSize(1);
    assertThat(transport.sentCount()).isEqualTo(300);
    assertThat(messages()).allMatch(m -> m.state() == MessageState.SENT);
  }

  @Test
  void messagesInDoubtFailWhenTheCampaignGivesThemUp() {
    String extra = "holdout: {share: 0}\ndelivery: {in_doubt: give_up}\n";
    MailTransport lossy = losingTheReplyFor(transport, "c0042@example.com");
    assertThatThrownBy(() -> runner().run(setup(extra), lossy, true, "campaign.yaml"))
        .isInstanceOf(TailorException.class);
    runner().resume(setup(extra), transport, false);
    Message m = find("c0042");
    assertThat(m.state()).isEqualTo(MessageState.FAILED);
    assertThat(m.detail()).contains("in_doubt");
  }

  private Message find(String customer) {
    return messages().stream()
        .filter(x -> x.customerId().equals(customer))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void aSecondRunnerCannotTakeALiveCampaign() {
    runner().run(setup(""), transport, true, "campaign.yaml");
    assertThat(
            store
                .campaigns()
                .acquireLease("weekly", "other", clock.instant(), clock.instant().minusSeconds(60)))
        .isTrue();
    assertThatThrownBy(() -> runner().resume(setup(""), transport, false))
        .isInstanceOf(TailorException.class)
        .hasMessageContaining("--takeover");
    assertThat(runner().resume(setup(""), transport, true).status()).isEqualTo(CampaignStatus.DONE);
  }

  @Test
  void productsEmailedByAnEarlierCampaignAreLeftOutByExcludeEmailed() throws Exception {
    runner().run(setup("holdout: {share: 0}\n"), transport, true, "campaign.yaml");
    Path second = dir.resolve("second");
    TestShop.campaignFile(second, "");
    java.nio.file.Files.writeString(
        second.resolve("fresh.yaml"),
        "name: fresh\nrules: {exclude_emailed: 14d}\nslots:\n"
            + "  first: {count: 2, label: First, source: {curated: [P01, P02, P03, P04]}}\n"
            + "  second: {count: 1, label: Second, source: {curated: [P20, P21]}}\n"
            + "  third: {count: 1, label: Third, source: {curated: [P22, P23, P24]}}\n");
    Path file =
        TestShop.campaignFile(
            second,
            "key: second\nfrequency_cap: {max: 0}\nholdout: {share: 0}\n"
                + "variants:\n  - {name: fresh, strategy: fresh.yaml, template: weekly-picks}\n");
    clock.advance(Duration.ofDays(1));
    runner().run(TestShop.setup(file, store, clock), transport, true, "second.yaml");
    for (Message first : messages()) {
      Message next =
          store
              .messages()
              .page("second", EnumSet.allOf(MessageState.class), Instant.MAX, "", 100_000)
              .stream()
              .filter(m -> m.customerId().equals(first.customerId()))
              .findFirst()
              .orElseThrow();
      var before = DecisionJson.read(first.decision().orElseThrow()).items();
      var after = DecisionJson.read(next.decision().orElseThrow()).items();
      for (var item : after) {
        assertThat(before).noneMatch(b -> b.productId().equals(item.productId()));
      }
      if (first.variant().equals("ai")) {
        assertThat(after.get(0).productId()).isEqualTo("P03");
      }
    }
  }

  @Test
  void aGenericHoldoutGetsTheGenericEmailAndKeepsItsHoldoutFlag() {
    String extra =
        "holdout: {share: 0.2, treatment: generic, strategy: rules.yaml, template: weekly-picks,"
            + " subjects: [Our bestsellers]}\n";
    runner().run(setup(extra), transport, true, "campaign.yaml");
    List<Message> held = messages().stream().filter(Message::holdout).toList();
    assertThat(held).isNotEmpty().allMatch(m -> m.variant().equals("holdout"));
    for (Message m : held) {
      assertThat(m.state()).isEqualTo(MessageState.SENT);
      OutgoingEmail e = transport.findSent(m.id()).orElseThrow();
      assertThat(e.subject()).isEqualTo("Our bestsellers");
      assertThat(e.html()).contains("P10");
      assertThat(e.metadata()).containsEntry("holdout", "true");
    }
    assertThat(transport.sentCount()).isEqualTo(300);
  }

  @Test
  void statusCountsAddUpPerVariant() {
    runner().run(setup(""), transport, true, "campaign.yaml");
    List<StateCount> counts = store.messages().countByState("weekly");
    assertThat(counts.stream().mapToLong(StateCount::count).sum()).isEqualTo(300);
    assertThat(counts)
        .extracting(StateCount::state)
        .containsOnly(MessageState.SENT, MessageState.HELD_OUT);
  }
}
