package dev.tailor.reco.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class RankingMetricsTest {
  private static final double EPS = 1e-12;

  /** 1 / log2(n). */
  private static double inv(int n) {
    return Math.log(2) / Math.log(n);
  }

  // ranked 5, 3, 9, 1, 7 against relevant {1, 3, 8}: hits at ranks 2 (item 3) and 4 (item 1).
  private static final int[] RANKED = {5, 3, 9, 1, 7};
  private static final int[] RELEVANT = {1, 3, 8};

  @Test
  void ndcgDiscountsHitsByLog2OfRankPlusOneAgainstTheIdealOfMinKAndRelevant() {
    // DCG = 1/log2(3) + 1/log2(5); ideal puts min(5, 3) = 3 hits first: 1 + 1/log2(3) + 1/log2(4)
    double expected = (inv(3) + inv(5)) / (1 + inv(3) + 1.0 / 2);
    assertThat(RankingMetrics.ndcg(RANKED, RELEVANT, 5)).isCloseTo(expected, within(EPS));
    assertThat(expected).isCloseTo(0.49819, within(1e-5));
  }

  @Test
  void precisionRecallAndHitCountTheHitsInTheTopK() {
    // 2 hits in the top 5: precision 2/5, recall 2/3 of the relevant items.
    assertThat(RankingMetrics.precision(RANKED, RELEVANT, 5)).isCloseTo(2.0 / 5, within(EPS));
    assertThat(RankingMetrics.recall(RANKED, RELEVANT, 5)).isCloseTo(2.0 / 3, within(EPS));
    assertThat(RankingMetrics.hit(RANKED, RELEVANT, 5)).isEqualTo(1.0);
  }

  @Test
  void averagePrecisionSumsPrecisionAtEachHitOverMinKAndRelevant() {
    // precision@2 = 1/2, precision@4 = 2/4; (1/2 + 2/4) / min(5, 3) = 1/3
    assertThat(RankingMetrics.averagePrecision(RANKED, RELEVANT, 5))
        .isCloseTo((1.0 / 2 + 2.0 / 4) / 3, within(EPS));
  }

  @Test
  void onlyTheFirstKEntriesCount() {
    // top 3 = 5, 3, 9: one hit at rank 2
    // nDCG = (1/log2(3)) / (1 + 1/log2(3) + 1/log2(4)); precision 1/3; recall 1/3; AP (1/2)/3
    assertThat(RankingMetrics.ndcg(RANKED, RELEVANT, 3))
        .isCloseTo(inv(3) / (1 + inv(3) + 1.0 / 2), within(EPS));
    assertThat(RankingMetrics.precision(RANKED, RELEVANT, 3)).isCloseTo(1.0 / 3, within(EPS));
    assertThat(RankingMetrics.recall(RANKED, RELEVANT, 3)).isCloseTo(1.0 / 3, within(EPS));
    assertThat(RankingMetrics.averagePrecision(RANKED, RELEVANT, 3))
        .isCloseTo((1.0 / 2) / 3, within(EPS));
    assertThat(RankingMetrics.hit(new int[] {5, 9, 1}, RELEVANT, 2)).isZero();
  }

  @Test
  void aShortListIsNotRewardedInPrecision() {
    int[] ranked = {3};
    int[] relevant = {3, 8};
    // 1 hit, but precision divides by k = 5; ideal DCG over min(5, 2) = 2 hits: 1 + 1/log2(3)
    assertThat(RankingMetrics.precision(ranked, relevant, 5)).isCloseTo(1.0 / 5, within(EPS));
    assertThat(RankingMetrics.ndcg(ranked, relevant, 5)).isCloseTo(1 / (1 + inv(3)), within(EPS));
    // AP = (1/1) / min(5, 2)
    assertThat(RankingMetrics.averagePrecision(ranked, relevant, 5))
        .isCloseTo(1.0 / 2, within(EPS));
  }

  @Test
  void aPerfectListScoresOneEvenWhenThereAreMoreRelevantItemsThanK() {
    int[] relevant = {1, 2, 3, 4};
    int[] ranked = {2, 1};
    assertThat(RankingMetrics.ndcg(ranked, relevant, 2)).isCloseTo(1, within(EPS));
    assertThat(RankingMetrics.averagePrecision(ranked, relevant, 2)).isCloseTo(1, within(EPS));
    assertThat(RankingMetrics.precision(ranked, relevant, 2)).isCloseTo(1, within(EPS));
    // recall is bounded by k / |relevant| = 2/4
    assertThat(RankingMetrics.recall(ranked, relevant, 2)).isCloseTo(2.0 / 4, within(EPS));
  }

  @Test
  void anEmptyListScoresZero() {
    int[] none = {};
    assertThat(RankingMetrics.ndcg(none, RELEVANT, 10)).isZero();
    assertThat(RankingMetrics.precision(none, RELEVANT, 10)).isZero();
    assertThat(RankingMetrics.recall(none, RELEVANT, 10)).isZero();
    assertThat(RankingMetrics.averagePrecision(none, RELEVANT, 10)).isZero();
    assertThat(RankingMetrics.hit(none, RELEVANT, 10)).isZero();
  }
}
