package dev.tailor.reco.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tailor.reco.model.TopN;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.junit.jupiter.api.Test;

class BatchTopNTest {
  @Test
  void batchScoringEqualsPerCustomerTopNOnRandomFactorsWithExclusions() {
    for (int f : new int[] {3, 13, 64}) {
      int customers = 150;
      int items = 2 * BatchTopN.ITEM_TILE + 77;
      Random random = new Random(f);
      float[] x = gaussian(random, customers * f);
      ItemFactorScorer scorer = new ItemFactorScorer(gaussian(random, items * f), items, f);
      BitSet[] excluded = new BitSet[customers];
      Exclusions exclusions = randomExclusions(random, customers, items, excluded);

      AtomicReferenceArray<int[]> got = new AtomicReferenceArray<>(customers);
      AtomicReferenceArray<float[]> gotScores = new AtomicReferenceArray<>(customers);
      new BatchTopN(scorer, 10)
          .run(
              x,
              customers,
              exclusions,
              c -> true,
              2,
              (c, ids, scores, count) -> {
                got.set(c, Arrays.copyOf(ids, count));
                gotScores.set(c, Arrays.copyOf(scores, count));
              });

      float[] all = new float[items];
      for (int c = 0; c < customers; c++) {
        scorer.score(x, c * f, all);
        int[] expected = TopN.select(all, 10, excluded[c]);
        assertThat(got.get(c)).as("f=%d customer %d", f, c).containsExactly(expected);
        for (int r = 0; r < expected.length; r++) {
          assertThat(gotScores.get(c)[r]).isEqualTo(all[expected[r]]);
        }
      }
    }
  }

  @Test
  void equalScoresGoToTheLowerProductIndex() {
    float[] same = new float[6 * 2];
    Arrays.fill(same, 1f);
    ItemFactorScorer scorer = new ItemFactorScorer(same, 6, 2);
    int[][] got = new int[1][];
    new BatchTopN(scorer, 4)
        .run(
            new float[] {1, 1},
            1,
            Exclusions.ofRows(new int[] {0, 1}, new int[] {1}),
            c -> true,
            1,
            (c, ids, scores, count) -> got[0] = Arrays.copyOf(ids, count));
    assertThat(got[0]).containsExactly(0, 2, 3, 4);
  }

  @Test
  void aCustomerWhoExcludesAlmostEverythingGetsWhatIsLeftAndSkippedCustomersNothing() {
    ItemFactorScorer scorer = new ItemFactorScorer(new float[] {1, 2, 3}, 3, 1);
    int[][] got = new int[2][];
    new BatchTopN(scorer, 10)
        .run(
            new float[] {1, 1},
            2,
            Exclusions.ofRows(new int[] {0, 2}, new int[] {0, 2}),
            c -> c == 0,
            1,
            (c, ids, scores, count) -> got[c] = Arrays.copyOf(ids, count));
    assertThat(got[0]).containsExactly(1);
    assertThat(got[1]).isNull();
  }

  @Test
  void everyBlockIsReportedDoneOnceAfterItsCustomersOnTheSameWorker() {
    int customers = 3 * BatchTopN.CUSTOMER_BLOCK + 5;
    ItemFactorScorer scorer = new ItemFactorScorer(new float[] {1, 2, 3}, 3, 1);
    float[] x = new float[customers];
    Arrays.fill(x, 1f);
    java.util.concurrent.ConcurrentHashMap<Integer, Integer> done =
        new java.util.concurrent.ConcurrentHashMap<>();
    java.util.concurrent.ConcurrentHashMap<Integer, Thread> acceptedBy =
        new java.util.concurrent.ConcurrentHashMap<>();
    java.util.List<String> problems =
        java.util.Collections.synchronizedList(new java.util.ArrayList<>());
    new BatchTopN(scorer, 2)
        .run(
            x,
            customers,
            Exclusions.none(),
            c -> c % 3 != 0,
            2,
            new TopNSink() {
              @Override
              public void accept(int c, int[] items, float[] scores, int count) {
                acceptedBy.put(c, Thread.currentThread());
              }

              @Override
              public void blockDone(int from, int to) {
                done.merge(from, to, (a, b) -> -1);
                for (int c = from; c < to; c++) {
                  if (c % 3 != 0 && acceptedBy.get(c) != Thread.currentThread()) {
                    problems.add("customer " + c + " not accepted on this worker before its block");
                  }
                }
              }
            });
    assertThat(problems).isEmpty();
    assertThat(done).hasSize(4).doesNotContainValue(-1);
    assertThat(done.get(3 * BatchTopN.CUSTOMER_BLOCK)).isEqualTo(customers);
    assertThat(acceptedBy.keySet()).noneMatch(c -> c % 3 == 0);
  }

  @Test
  void malformedExclusionsAreRefused() {
    assertThatThrownBy(() -> Exclusions.ofRows(new int[] {0, 2}, new int[] {3, 1}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ascending");
    assertThatThrownBy(() -> new BatchTopN(new ItemFactorScorer(new float[1], 1, 1), 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static Exclusions randomExclusions(
      Random random, int customers, int items, BitSet[] excluded) {
    int[] start = new int[customers + 1];
    int[] buffer = new int[customers * items];
    int size = 0;
    for (int c = 0; c < customers; c++) {
      excluded[c] = new BitSet();
      int count = c % 7 == 0 ? 0 : random.nextInt(40);
      for (int k = 0; k < count; k++) {
        excluded[c].set(random.nextInt(items));
      }
      for (int i = excluded[c].nextSetBit(0); i >= 0; i = excluded[c].nextSetBit(i + 1)) {
        buffer[size++] = i;
      }
      start[c + 1] = size;
    }
    return Exclusions.ofRows(start, Arrays.copyOf(buffer, size));
  }

  static float[] gaussian(Random random, int n) {
    float[] v = new float[n];
    for (int k = 0; k < n; k++) {
      v[k] = (float) random.nextGaussian();
    }
    return v;
  }
}
