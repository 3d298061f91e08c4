package dev.tailor.reco.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ListMetricsTest {
  private static final double EPS = 1e-12;

  @Test
  void diversityIsTheShareOfPairsInDifferentCategoriesAmongItemsOfKnownCategory() {
    // items 0 and 1 in category 0, item 2 in category 1, item 3 unknown:
    // known pairs (0,1) same, (0,2) differ, (1,2) differ -> 1 - 1/3
    int[] category = {0, 0, 1, -1};
    assertThat(ListMetrics.diversity(new int[] {0, 1, 2, 3}, 10, category))
        .hasValueCloseTo(1 - 1.0 / 3, within(EPS));
  }

  @Test
  void diversityOnlyLooksAtTheTopK() {
    // top 2 = items 0 and 1, same category: 1 - 1/1
    int[] category = {0, 0, 1};
    assertThat(ListMetrics.diversity(new int[] {0, 1, 2}, 2, category))
        .hasValueCloseTo(0.0, within(EPS));
  }

  @Test
  void diversityIsUnknownWithoutTwoItemsOfKnownCategory() {
    int[] category = {-1, -1, 4};
    assertThat(ListMetrics.diversity(new int[] {0, 1, 2}, 10, category)).isEmpty();
    assertThat(ListMetrics.diversity(new int[] {2}, 10, category)).isEmpty();
  }

  @Test
  void noveltyIsTheMeanSelfInformationOfTheListedItems() {
    // shares 1/2, 1/8, 1/4 carry 1, 3 and 2 bits: (1 + 3 + 2) / 3 = 2
    double[] share = {1.0 / 2, 1.0 / 8, 1.0 / 4};
    assertThat(ListMetrics.novelty(new int[] {0, 1, 2}, 10, share))
        .hasValueCloseTo(2.0, within(EPS));
    // top 2 only: (1 + 3) / 2
    assertThat(ListMetrics.novelty(new int[] {0, 1, 2}, 2, share))
        .hasValueCloseTo(2.0, within(EPS));
    assertThat(ListMetrics.novelty(new int[] {1}, 2, share)).hasValueCloseTo(3.0, within(EPS));
    assertThat(ListMetrics.novelty(new int[] {}, 2, share)).isEmpty();
  }
}
