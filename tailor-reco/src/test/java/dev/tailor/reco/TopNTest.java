package dev.tailor.reco;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tailor.reco.model.TopN;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TopNTest {
  @Test
  void picksTheHighestScoresBestFirstSkippingExcludedItems() {
    float[] scores = {0.1f, 0.9f, 0.5f, 0.7f, 0.3f};
    BitSet excluded = new BitSet();
    excluded.set(3);

    assertThat(TopN.select(scores, 3, excluded)).containsExactly(1, 2, 4);
  }

  @Test
  void tiesGoToTheLowerIndex() {
    assertThat(TopN.select(new float[] {1, 2, 2, 1}, 3, null)).containsExactly(1, 2, 0);
  }

  @Test
  void returnsFewerWhenNotEnoughItemsRemain() {
    BitSet excluded = new BitSet();
    excluded.set(0);
    assertThat(TopN.select(new float[] {1, 2}, 5, excluded)).containsExactly(1);
    assertThat(TopN.select(new float[] {1, 2}, 0, null)).isEmpty();
  }

  @Test
  void agreesWithAFullSortOnRandomScores() {
    Random random = new Random(7);
    for (int round = 0; round < 50; round++) {
      float[] scores = new float[200];
      for (int i = 0; i < scores.length; i++) {
        scores[i] = random.nextInt(50);
      }
      int[] expected =
          IntStream.range(0, scores.length)
              .boxed()
              .sorted(Comparator.<Integer>comparingDouble(i -> -scores[i]).thenComparingInt(i -> i))
              .limit(10)
              .mapToInt(Integer::intValue)
              .toArray();
      assertThat(TopN.select(scores, 10, null))
          .as(Arrays.toString(scores))
          .containsExactly(expected);
    }
  }
}
