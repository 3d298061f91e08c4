package dev.tailor.reco.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BatchRankingTest {
  /** Every product's key from scoring the customer alone, sorted: the full ranking. */
  static long[] fullRanking(ItemFactorScorer scorer, float[] x, int c) {
    float[] scores = new float[scorer.items()];
    scorer.score(x, c * scorer.factors(), scores);
    long[] keys = new long[scores.length];
    for (int j = 0; j < keys.length; j++) {
      keys[j] = ScoreOrder.key(scores[j], j);
    }
    Arrays.sort(keys);
    return keys;
  }

  @Test
  void eachCustomersTopIsThePrefixOfTheirOwnFullRankingBitForBit() {
    for (int f : new int[] {3, 13, 64}) {
      int customers = BatchTopN.CUSTOMER_BLOCK + 40;
      int items = 2 * BatchTopN.ITEM_TILE + 77;
      Random random = new Random(f);
      float[] x = BatchTopNTest.gaussian(random, customers * f);
      ItemFactorScorer scorer =
          new ItemFactorScorer(BatchTopNTest.gaussian(random, items * f), items, f);
      RankedTop[] tops = new BatchRanking(scorer, 50).rank(x, customers);
      assertThat(tops).hasSize(customers);
      for (int c = 0; c < customers; c++) {
        long[] full = fullRanking(scorer, x, c);
        assertThat(tops[c].size()).isEqualTo(50);
        assertThat(tops[c].complete()).isFalse();
        for (int r = 0; r < 50; r++) {
          assertThat(tops[c].item(r))
              .as("f %d customer %d rank %d", f, c, r)
              .isEqualTo((int) full[r]);
          assertThat(Float.floatToIntBits(tops[c].score(r)))
              .isEqualTo(Float.floatToIntBits(ScoreOrder.score(full[r])));
        }
      }
    }
  }

  @Test
  void tiedScoresGoToTheLowerProductAndAListOfEveryProductIsComplete() {
    int items = 5;
    // product factors 1, 2, 2, 0, 2 against a customer factor of 1: scores 1, 2, 2, 0, 2
    ItemFactorScorer scorer = new ItemFactorScorer(new float[] {1, 2, 2, 0, 2}, items, 1);
    RankedTop[] top = new BatchRanking(scorer, 9).rank(new float[] {1, -1}, 2);
    assertThat(top[0].complete()).isTrue();
    assertThat(items(top[0])).containsExactly(1, 2, 4, 0, 3);
    assertThat(top[0].score(0)).isEqualTo(2f);
    // against -1: scores -1, -2, -2, -0.0, -2
    assertThat(items(top[1])).containsExactly(3, 0, 1, 2, 4);
    assertThat(Float.floatToIntBits(top[1].score(0))).isEqualTo(Float.floatToIntBits(-0.0f));
  }

  @Test
  void keysOrderScoresDescendingAndGiveBackTheExactScore() {
    float[] scores = {
      3.5f, -0.0f, 0.0f, Float.NEGATIVE_INFINITY, Float.POSITIVE_INFINITY, -7.25f, Float.MIN_VALUE
    };
    long[] keys = new long[scores.length];
    for (int i = 0; i < scores.length; i++) {
      keys[i] = ScoreOrder.key(scores[i], i);
      assertThat(ScoreOrder.item(keys[i])).isEqualTo(i);
      assertThat(Float.floatToIntBits(ScoreOrder.score(keys[i])))
          .isEqualTo(Float.floatToIntBits(scores[i]));
    }
    Arrays.sort(keys);
    assertThat(Arrays.stream(keys).mapToInt(ScoreOrder::item).toArray())
        .containsExactly(4, 0, 6, 2, 1, 5, 3);
  }

  @Test
  void aBadSizeIsRefused() {
    ItemFactorScorer scorer = new ItemFactorScorer(new float[] {1, 2}, 2, 1);
    assertThatThrownBy(() -> new BatchRanking(scorer, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new BatchRanking(scorer, 1).rank(new float[1], 2))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static int[] items(RankedTop t) {
    int[] out = new int[t.size()];
    for (int r = 0; r < out.length; r++) {
      out[r] = t.item(r);
    }
    return out;
  }
}
