package dev.tailor.reco.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tailor.core.ErrorCode;
import dev.tailor.core.TailorException;
import dev.tailor.core.event.EventType;
import dev.tailor.reco.data.InteractionLog;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SplitTest {
  private static InteractionLog.Builder view(
      InteractionLog.Builder b, String customer, String product, long time) {
    b.add(customer, product, EventType.PRODUCT_VIEWED, time, null, 1);
    return b;
  }

  private static Set<String> pairs(InteractionLog log) {
    Set<String> pairs = new HashSet<>();
    for (int r = 0; r < log.size(); r++) {
      pairs.add(log.customers().idOf(log.customer(r)) + "/" + log.products().idOf(log.product(r)));
    }
    return pairs;
  }

  @Test
  void temporalCutsAtOneGlobalTimeSoNoTrainingEventIsNewerThanATestEvent() {
    InteractionLog.Builder b = InteractionLog.builder();
    for (int t = 1; t <= 10; t++) {
      view(b, "c" + (t % 3), "p" + t, t * 1000L);
    }
    TrainTest split = new TemporalSplit(0.2).apply(b.build());

    // the newest round(0.2 * 10) = 2 events, at 9 s and 10 s, are test
    assertThat(split.test().size()).isEqualTo(2);
    assertThat(split.train().size()).isEqualTo(8);
    assertThat(split.train().newest())
        .isPresent()
        .get()
        .isEqualTo(java.time.Instant.ofEpochSecond(8));
    assertThat(split.test().oldest())
        .isPresent()
        .get()
        .isEqualTo(java.time.Instant.ofEpochSecond(9));
    assertThat(split.description()).startsWith("temporal:0.2 cut at 1970-01-01T00:00:09Z");
    assertThat(split.train().customers()).isSameAs(split.test().customers());
  }

  @Test
  void temporalSendsEveryEventAtTheCutTimeToTest() {
    InteractionLog.Builder b = InteractionLog.builder();
    view(b, "c1", "p1", 1);
    view(b, "c1", "p2", 2);
    view(b, "c1", "p3", 3);
    view(b, "c2", "p1", 3);
    view(b, "c3", "p2", 3);
    TrainTest split = new TemporalSplit(0.2).apply(b.build());

    assertThat(split.test().size()).as("three events share the cut time").isEqualTo(3);
    assertThat(split.train().size()).isEqualTo(2);
  }

  @Test
  void temporalRefusesACutThatLeavesNothingToTrainOn() {
    InteractionLog.Builder b = InteractionLog.builder();
    view(b, "c1", "p1", 5);
    view(b, "c2", "p1", 5);
    assertThatThrownBy(() -> new TemporalSplit(0.5).apply(b.build()))
        .isInstanceOf(EvaluationException.class)
        .hasMessageContaining("nothing to train on")
        .hasMessageContaining("all 2 events");
  }

  @Test
  void userRandomTestsARoundedFractionOfEachCustomersDistinctProducts() {
    InteractionLog.Builder b = InteractionLog.builder();
    for (int p = 0; p < 8; p++) {
      view(b, "eight", "p" + p, p);
      view(b, "eight", "p" + p, 100 + p); // a second event on the same product
    }
    for (int p = 0; p < 4; p++) {
      view(b, "four", "p" + p, p);
    }
    view(b, "one", "p0", 0);
    TrainTest split = new UserRandomSplit(0.25, 7).apply(b.build());

    // keep rint(0.75 * n): 8 -> 6 kept, 2 tested; 4 -> 3 kept, 1 tested; 1 -> 1 kept
    Set<String> test = pairs(split.test());
    assertThat(test.stream().filter(s -> s.startsWith("eight/"))).hasSize(2);
    assertThat(test.stream().filter(s -> s.startsWith("four/"))).hasSize(1);
    assertThat(test.stream().filter(s -> s.startsWith("one/"))).isEmpty();
    // every event of a tested product is in test, none stays in training
    assertThat(split.test().size()).isEqualTo(2 * 2 + 1);
    Set<String> train = pairs(split.train());
    assertThat(train).doesNotContainAnyElementsOf(test);
  }

  @Test
  void userRandomIsSeededAndIndependentOfTheLogOrder() {
    InteractionLog.Builder forward = InteractionLog.builder();
    InteractionLog.Builder backward = InteractionLog.builder();
    for (int i = 0; i < 200; i++) {
      view(forward, "c" + (i % 10), "p" + i, i);
      view(backward, "c" + ((199 - i) % 10), "p" + (199 - i), 199 - i);
    }
    Set<String> a = pairs(new UserRandomSplit(0.25, 1).apply(forward.build()).test());
    Set<String> again = pairs(new UserRandomSplit(0.25, 1).apply(forward.build()).test());
    Set<String> reversed = pairs(new UserRandomSplit(0.25, 1).apply(backward.build()).test());
    Set<String> otherSeed = pairs(new UserRandomSplit(0.25, 2).apply(forward.build()).test());

    assertThat(a).hasSize(10 * 5).isEqualTo(again).isEqualTo(reversed).isNotEqualTo(otherSeed);
  }

  @Test
  void leaveLastOutTestsEachCustomersNewestProductWithAllItsEvents() {
    InteractionLog.Builder b = InteractionLog.builder();
    view(b, "c1", "p1", 10);
    view(b, "c1", "p2", 30);
    view(b, "c1", "p3", 20);
    view(b, "c1", "p2", 5); // an older event on the newest product goes with it
    view(b, "c2", "p1", 50);
    view(b, "c2", "p3", 50); // equal times: the later row wins
    view(b, "c3", "p1", 60); // a single product stays in training
    view(b, "c3", "p1", 70);
    TrainTest split = new LeaveLastOutSplit().apply(b.build());

    assertThat(pairs(split.test())).containsExactlyInAnyOrder("c1/p2", "c2/p3");
    assertThat(split.test().size()).isEqualTo(3);
    assertThat(pairs(split.train())).containsExactlyInAnyOrder("c1/p1", "c1/p3", "c2/p1", "c3/p1");
  }

  @Test
  void specsParseToTheirSplits() {
    assertThat(Split.parse("temporal:0.2", 1)).isEqualTo(new TemporalSplit(0.2));
    assertThat(Split.parse(" User-Random:0.25 ", 9)).isEqualTo(new UserRandomSplit(0.25, 9));
    assertThat(Split.parse("leave-last-out", 1)).isEqualTo(new LeaveLastOutSplit());
    assertThat(Split.parse("temporal:0.2", 1).spec()).isEqualTo("temporal:0.2");
  }

  @Test
  void badSpecsAreRejectedAsBadInputSayingWhatIsAccepted() {
    assertBad("temporal", "needs a test fraction, e.g. temporal:0.2");
    assertBad("user-random:", "needs a test fraction");
    assertBad("temporal:abc", "not a number: 'abc'");
    assertBad("temporal:1.5", "strictly between 0 and 1, not 1.5");
    assertBad("user-random:0", "strictly between 0 and 1, not 0.0");
    assertBad("leave-last-out:0.1", "takes no fraction");
    assertBad("random:0.2", "unknown split 'random:0.2'; expected temporal:F, user-random:F");
    assertBad(" ", "the split is empty");
  }

  private static void assertBad(String spec, String message) {
    assertThatThrownBy(() -> Split.parse(spec, 1))
        .isInstanceOf(TailorException.class)
        .hasMessageContaining(message)
        .extracting(e -> ((TailorException) e).code())
        .isEqualTo(ErrorCode.BAD_INPUT);
  }

  @Test
  void anEmptyLogCannotBeSplit() {
    InteractionLog empty = InteractionLog.builder().build();
    for (Split s :
        new Split[] {
          new TemporalSplit(0.2), new UserRandomSplit(0.2, 1), new LeaveLastOutSplit()
        }) {
      assertThatThrownBy(() -> s.apply(empty)).hasMessageContaining("no product interactions");
    }
  }
}
