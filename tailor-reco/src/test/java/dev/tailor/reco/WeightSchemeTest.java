package dev.tailor.reco;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tailor.core.event.EventType;
import dev.tailor.reco.data.InteractionLog;
import dev.tailor.reco.data.Interactions;
import dev.tailor.reco.data.WeightScheme;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WeightSchemeTest {
  private static final Instant REF = Instant.parse("2026-01-31T00:00:00Z");
  private static final long DAY = 86_400_000L;

  @Test
  void weightsAddUpPerCustomerAndProductAndDecayWithAge() {
    InteractionLog.Builder b = InteractionLog.builder();
    long ref = REF.toEpochMilli();
    b.add("c1", "p1", EventType.PRODUCT_VIEWED, ref, null, 1);
    b.add("c1", "p1", EventType.ORDER_COMPLETED, ref - 30 * DAY, "o1", 1);
    b.add("c1", "p2", EventType.PRODUCT_ADDED, ref - 60 * DAY, null, 1);
    b.add("c2", "p2", EventType.PRODUCT_REMOVED, ref, null, 1);
    InteractionLog log = b.build();

    Interactions m = WeightScheme.DEFAULTS.matrix(log, REF);

    assertThat(m.userCount()).isEqualTo(2);
    assertThat(m.nonZeros()).isEqualTo(2);
    assertThat(m.rowLength(0)).isEqualTo(2);
    assertThat(m.col(0)).isZero();
    assertThat(m.value(0)).isCloseTo(1 + 5 * 0.5f, org.assertj.core.data.Offset.offset(1e-5f));
    assertThat(m.value(1)).isCloseTo(3 * 0.25f, org.assertj.core.data.Offset.offset(1e-5f));
    assertThat(m.rowLength(1)).as("removals weigh nothing by default").isZero();
  }

  @Test
  void withoutDecayOnlyTypeWeightsCount() {
    InteractionLog.Builder b = InteractionLog.builder();
    b.add("c1", "p1", EventType.PRODUCT_VIEWED, 0, null, 1);
    WeightScheme flat = new WeightScheme(Map.of(EventType.PRODUCT_VIEWED, 2.0), Duration.ZERO);

    assertThat(flat.matrix(b.build(), REF).value(0)).isEqualTo(2f);
  }

  @Test
  void negativeOrNanWeightsAreRejectedWithTheEventName() {
    assertThatThrownBy(
            () -> new WeightScheme(Map.of(EventType.PRODUCT_VIEWED, -1.0), Duration.ZERO))
        .hasMessageContaining("product_viewed");
    assertThatThrownBy(
            () -> new WeightScheme(Map.of(EventType.PRODUCT_VIEWED, Double.NaN), Duration.ZERO))
        .hasMessageContaining("finite");
  }

  @Test
  void theTransposeSwapsCustomersAndProducts() {
    InteractionLog.Builder b = InteractionLog.builder();
    b.add("c1", "p2", EventType.PRODUCT_VIEWED, 0, null, 1);
    b.add("c2", "p1", EventType.PRODUCT_VIEWED, 0, null, 1);
    b.add("c2", "p2", EventType.PRODUCT_VIEWED, 0, null, 1);
    Interactions t = WeightScheme.DEFAULTS.matrix(b.build(), REF).transpose();

    assertThat(t.userCount()).isEqualTo(2);
    assertThat(t.users().idOf(0)).isEqualTo("p2");
    assertThat(t.rowLength(0)).isEqualTo(2);
    assertThat(t.rowLength(1)).isEqualTo(1);
  }
}
