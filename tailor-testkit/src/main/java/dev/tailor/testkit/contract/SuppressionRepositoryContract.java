package dev.tailor.testkit.contract;

import static dev.tailor.testkit.Fixtures.minutes;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tailor.core.suppression.Suppression;
import dev.tailor.core.suppression.SuppressionReason;
import dev.tailor.core.suppression.SuppressionRepository;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The {@link SuppressionRepository} contract. */
public abstract class SuppressionRepositoryContract extends StoreContractSupport {

  private SuppressionRepository suppressions() {
    return store.suppressions();
  }

  @Test
  public void anAddedCustomerIsOnTheList() {
    Suppression s = new Suppression("c1", SuppressionReason.HARD_BOUNCE, minutes(1), "550 no user");
    assertThat(suppressions().addAll(List.of(s))).isEqualTo(1);
    assertThat(suppressions().find("c1")).contains(s);
    assertThat(suppressions().find("c2")).isEmpty();
    assertThat(suppressions().count()).isEqualTo(1);
  }

  @Test
  public void theFirstReasonIsKept() {
    suppressions()
        .addAll(List.of(new Suppression("c1", SuppressionReason.UNSUBSCRIBED, minutes(1), "")));
    assertThat(
            suppressions()
                .addAll(
                    List.of(
                        new Suppression("c1", SuppressionReason.COMPLAINT, minutes(2), ""),
                        new Suppression("c2", SuppressionReason.ERASED, minutes(2), ""))))
        .isEqualTo(1);
    assertThat(suppressions().find("c1").orElseThrow().reason())
        .isEqualTo(SuppressionReason.UNSUBSCRIBED);
    assertThat(suppressions().countByReason())
        .containsOnly(
            Map.entry(SuppressionReason.UNSUBSCRIBED, 1L), Map.entry(SuppressionReason.ERASED, 1L));
  }

  @Test
  public void reasonsAreLookedUpForManyCustomersAtOnce() {
    List<Suppression> list = new ArrayList<>();
    List<String> asked = new ArrayList<>();
    for (int i = 0; i < 1_200; i++) {
      asked.add("c" + i);
      if (i % 3 == 0) {
        list.add(new Suppression("c" + i, SuppressionReason.HARD_BOUNCE, minutes(0), ""));
      }
    }
    suppressions().addAll(list);
    Map<String, SuppressionReason> found = suppressions().reasonsFor(asked);
    assertThat(found).hasSize(400).containsEntry("c999", SuppressionReason.HARD_BOUNCE);
    assertThat(found).doesNotContainKey("c1");
    assertThat(suppressions().reasonsFor(List.of())).isEmpty();
  }

  @Test
  public void aBatchWithANullElementStoresNothing() {
    assertRejected(
        () ->
            suppressions()
                .addAll(
                    Arrays.asList(
                        new Suppression("c1", SuppressionReason.ERASED, minutes(0), ""), null)));
    assertThat(suppressions().count()).isZero();
  }
}
