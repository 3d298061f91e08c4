package dev.tailor.reco.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tailor.core.ErrorCode;
import dev.tailor.core.event.EventType;
import dev.tailor.reco.data.InteractionLog;
import dev.tailor.reco.data.WeightScheme;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EvaluationSetTest {
  private static void add(InteractionLog.Builder b, String c, String p, EventType type, long t) {
    b.add(c, p, type, t, null, 1);
  }

  private static TrainTest byTime(InteractionLog log, long cut) {
    return new TrainTest(
        log.filter(r -> log.time(r) < cut), log.filter(r -> log.time(r) >= cut), "by hand");
  }

  private static EvaluationSet prepare(TrainTest split) {
    return EvaluationSet.of(split, WeightScheme.DEFAULTS, Map.of());
  }

  @Test
  void relevantItemsAreNewWeightedTestProductsKnownInTrainingAndEveryExclusionIsCounted() {
    InteractionLog.Builder b = InteractionLog.builder();
    add(b, "c1", "p1", EventType.PRODUCT_VIEWED, 1);
    add(b, "c1", "p2", EventType.PRODUCT_VIEWED, 2);
    add(b, "c2", "p1", EventType.PRODUCT_VIEWED, 3);
    add(b, "c2", "p3", EventType.ORDER_COMPLETED, 4);
    add(b, "c3", "p1", EventType.PRODUCT_REMOVED, 5); // weighs 0: c3 is unseen in training
    add(b, "c1", "p3", EventType.PRODUCT_VIEWED, 100); // relevant
    add(b, "c1", "p2", EventType.PRODUCT_ADDED, 101); // already in c1's training history
    add(b, "c1", "p9", EventType.PRODUCT_VIEWED, 102); // product unseen in training
    add(b, "c1", "p1", EventType.PRODUCT_REMOVED, 103); // weighs 0: not relevant
    add(b, "c2", "p9", EventType.PRODUCT_VIEWED, 104); // c2 is left without a relevant item
    add(b, "c3", "p2", EventType.PRODUCT_VIEWED, 105); // cold
    add(b, "c4", "p1", EventType.PRODUCT_VIEWED, 106); // cold
    EvaluationSet set = prepare(byTime(b.build(), 100));

    assertThat(set.summary())
        .isEqualTo(new SplitSummary("by hand", 5, 7, 2, 3, 4, 1, 2, 1, 1, 1, 2, 1));
    assertThat(set.size()).isEqualTo(1);
    assertThat(set.train().users().idOf(set.customer(0))).isEqualTo("c1");
    assertThat(set.relevant(0)).containsExactly(set.train().items().indexOf("p3"));
    assertThat(set.isTrained(set.train().items().indexOf("p9"))).isFalse();
    assertThat(set.trainingData().reference()).isEqualTo(java.time.Instant.ofEpochMilli(5));
  }

  @Test
  void separateTrainAndTestLogsAreMatchedById() {
    InteractionLog.Builder train = InteractionLog.builder();
    add(train, "c2", "p3", EventType.PRODUCT_VIEWED, 1);
    add(train, "c1", "p1", EventType.PRODUCT_VIEWED, 2);
    add(train, "c1", "p2", EventType.PRODUCT_VIEWED, 3);
    add(train, "c2", "p2", EventType.PRODUCT_VIEWED, 4);
    InteractionLog.Builder test = InteractionLog.builder();
    add(test, "c9", "p1", EventType.PRODUCT_VIEWED, 10);
    add(test, "c1", "p7", EventType.PRODUCT_VIEWED, 11);
    add(test, "c1", "p3", EventType.PRODUCT_VIEWED, 12);
    add(test, "c2", "p1", EventType.PRODUCT_VIEWED, 13);
    EvaluationSet set = prepare(new TrainTest(train.build(), test.build(), "two logs"));

    assertThat(set.size()).isEqualTo(2);
    assertThat(set.summary().skippedColdCustomers()).isEqualTo(1);
    assertThat(set.summary().testItemsUnseenInTraining()).isEqualTo(1);
    for (int i = 0; i < set.size(); i++) {
      String customer = set.train().users().idOf(set.customer(i));
      String expected = customer.equals("c1") ? "p3" : "p1";
      assertThat(set.relevant(i)).containsExactly(set.train().items().indexOf(expected));
    }
  }

  @Test
  void aSplitWithNoEvaluableCustomerIsRejectedWithTheCounts() {
    InteractionLog.Builder b = InteractionLog.builder();
    add(b, "c1", "p1", EventType.PRODUCT_VIEWED, 1);
    add(b, "c1", "p1", EventType.PRODUCT_VIEWED, 100);
    add(b, "c2", "p2", EventType.PRODUCT_VIEWED, 101);
    TrainTest split = byTime(b.build(), 100);

    assertThatThrownBy(() -> prepare(split))
        .isInstanceOf(EvaluationException.class)
        .hasMessageContaining("no customer can be evaluated with by hand")
        .hasMessageContaining("of 2 test customers 1 are unseen in training and 1 have no relevant")
        .extracting(e -> ((EvaluationException) e).code())
        .isEqualTo(ErrorCode.BAD_INPUT);
  }

  @Test
  void customersWithoutTrainingEventsInsideTheWindowCountAsUnseen() {
    long day = 86_400_000L;
    InteractionLog.Builder b = InteractionLog.builder();
    add(b, "old", "p1", EventType.PRODUCT_VIEWED, 0);
    add(b, "c1", "p1", EventType.PRODUCT_VIEWED, 9 * day);
    add(b, "c1", "p2", EventType.PRODUCT_VIEWED, 10 * day);
    add(b, "c2", "p2", EventType.PRODUCT_VIEWED, 10 * day);
    add(b, "old", "p2", EventType.PRODUCT_VIEWED, 20 * day);
    add(b, "c2", "p1", EventType.PRODUCT_VIEWED, 20 * day);
    TrainTest split = byTime(b.build(), 20 * day);

    EvaluationSet all = prepare(split);
    EvaluationSet windowed =
        EvaluationSet.of(
            split, WeightScheme.DEFAULTS, Map.of(), Optional.of(java.time.Duration.ofDays(5)));

    assertThat(all.summary().customersEvaluated()).isEqualTo(2);
    assertThat(windowed.summary().customersEvaluated()).isEqualTo(1);
    assertThat(windowed.summary().skippedColdCustomers()).isEqualTo(1);
    assertThat(windowed.summary().trainEvents()).isEqualTo(3);
  }
}
