package dev.tailor.strategy.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;

class RankingTest {
  @Property(tries = 200)
  void theLazyRankingEqualsAFullSortByScoreThenIndex(
      @ForAll @Size(min = 0, max = 2500)
          List<@net.jqwik.api.constraints.FloatRange(min = -5, max = 5) Float> values) {
    float[] scores = new float[values.size()];
    for (int i = 0; i < scores.length; i++) {
      scores[i] = Math.round(values.get(i) * 4) / 4f; // ties on purpose
    }
    List<Integer> expected =
        IntStream.range(0, scores.length)
            .boxed()
            .sorted(Comparator.<Integer>comparingDouble(i -> -scores[i]).thenComparing(i -> i))
            .toList();
    List<Integer> got = new ArrayList<>();
    Ranking r = new Ranking(scores);
    while (r.hasNext()) {
      got.add(r.nextInt());
    }
    assertThat(got).isEqualTo(expected);
  }

  @Property(tries = 100)
  void theRankingStaysExactWhenOneOutlierPutsAlmostEveryScoreInOneBin(
      @ForAll @Size(min = 1, max = 3000)
          List<@net.jqwik.api.constraints.FloatRange(min = 0, max = 1) Float> values,
      @ForAll boolean infinite) {
    float[] scores = new float[values.size() + 1];
    for (int i = 0; i < values.size(); i++) {
      scores[i] = values.get(i) * 1e-3f;
    }
    scores[values.size()] = infinite ? Float.NEGATIVE_INFINITY : 1e6f;
    List<Integer> expected =
        IntStream.range(0, scores.length)
            .boxed()
            .sorted(Comparator.<Integer>comparingDouble(i -> -scores[i]).thenComparing(i -> i))
            .toList();
    List<Integer> got = new ArrayList<>();
    Ranking r = new Ranking(scores);
    while (r.hasNext()) {
      got.add(r.nextInt());
    }
    assertThat(got).isEqualTo(expected);
  }

  @Property(tries = 60)
  void theRankingOfALargeArrayEqualsAFullSortWhereverTheReadingStops(
      @ForAll @net.jqwik.api.constraints.IntRange(min = 1024, max = 12000) int n,
      @ForAll long seed,
      @ForAll @net.jqwik.api.constraints.IntRange(min = 0, max = 3) int shape,
      @ForAll @net.jqwik.api.constraints.IntRange(min = 0, max = 3000) int read) {
    java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
    float[] scores = new float[n];
    for (int i = 0; i < n; i++) {
      scores[i] =
          switch (shape) {
            case 0 -> (float) random.nextGaussian();
            case 1 -> Math.round(random.nextDouble() * 20) / 4f; // many ties
            case 2 -> i % 7 == 0 ? 1f : (float) random.nextDouble(); // a tie larger than the pick
            default -> i == n / 2 ? Float.NaN : (float) random.nextDouble();
          };
    }
    List<Integer> expected = new ArrayList<>();
    long[] keys = new long[n];
    for (int i = 0; i < n; i++) {
      keys[i] = dev.tailor.reco.batch.ScoreOrder.key(scores[i], i);
    }
    java.util.Arrays.sort(keys);
    for (int k = 0; k < Math.min(n, read); k++) {
      expected.add(dev.tailor.reco.batch.ScoreOrder.item(keys[k]));
    }
    List<Integer> got = new ArrayList<>();
    Ranking r = new Ranking(scores);
    while (got.size() < read && r.hasNext()) {
      got.add(r.nextInt());
    }
    assertThat(got).isEqualTo(expected);
  }

  @Property(tries = 80)
  void aRankingOfSomeItemsInAnyOrderEqualsTheirFullSortAlsoWhenMostScoreZero(
      @ForAll @net.jqwik.api.constraints.IntRange(min = 0, max = 6000) int n,
      @ForAll long seed,
      @ForAll @net.jqwik.api.constraints.IntRange(min = 0, max = 100) int nonZeroPercent,
      @ForAll @net.jqwik.api.constraints.IntRange(min = 0, max = 100) int memberPercent) {
    java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
    float[] scores = new float[n];
    for (int i = 0; i < n; i++) {
      scores[i] = random.nextInt(100) < nonZeroPercent ? (float) random.nextDouble() : 0f;
    }
    List<Integer> chosen = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (random.nextInt(100) < memberPercent) {
        chosen.add(i);
      }
    }
    java.util.Collections.shuffle(chosen, new java.util.Random(seed)); // e.g. price order
    int pad = 3;
    int[] members = new int[chosen.size() + 2 * pad];
    java.util.Arrays.fill(members, -1); // outside [from, to): never read
    for (int k = 0; k < chosen.size(); k++) {
      members[pad + k] = chosen.get(k);
    }
    List<Integer> expected =
        chosen.stream()
            .sorted(Comparator.<Integer>comparingDouble(i -> -scores[i]).thenComparing(i -> i))
            .toList();
    List<Integer> got = new ArrayList<>();
    Ranking r = new Ranking(scores, members, pad, pad + chosen.size());
    while (r.hasNext()) {
      got.add(r.nextInt());
    }
    assertThat(got).isEqualTo(expected);
  }

  @Property(tries = 150)
  void theHeadRankingEqualsAFullSortWhereverTheReadingStops(
      @ForAll @net.jqwik.api.constraints.IntRange(min = 0, max = 1500) int n,
      @ForAll long seed,
      @ForAll @net.jqwik.api.constraints.IntRange(min = 0, max = 4) int shape,
      @ForAll @net.jqwik.api.constraints.IntRange(min = 0, max = 1600) int read) {
    java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
    float[] scores = new float[n];
    for (int i = 0; i < n; i++) {
      scores[i] =
          switch (shape) {
            case 0 -> (float) random.nextGaussian();
            case 1 -> Math.round(random.nextDouble() * 8) / 4f; // many ties
            case 2 -> random.nextInt(10) == 0 ? (float) random.nextDouble() : 0f; // sparse
            case 3 -> random.nextBoolean() ? -0f : 0f; // signed zeros
            default -> i % 97 == 5 ? Float.NaN : (float) random.nextDouble();
          };
    }
    List<Integer> chosen = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (random.nextInt(4) > 0) {
        chosen.add(i);
      }
    }
    java.util.Collections.shuffle(chosen, new java.util.Random(seed));
    int[] members = chosen.stream().mapToInt(Integer::intValue).toArray();
    List<Integer> expected = fullSort(scores, members, read);
    assertThat(read(new HeadRanking(scores, members, 0, members.length), read)).isEqualTo(expected);
    // the same members with their scores by position, after two unused positions
    int[] shifted = new int[members.length + 2];
    float[] byPosition = new float[members.length + 2];
    for (int k = 0; k < members.length; k++) {
      shifted[k + 2] = members[k];
      byPosition[k + 2] = scores[members[k]];
    }
    assertThat(read(HeadRanking.byPosition(byPosition, n, shifted, 2, shifted.length), read))
        .isEqualTo(expected);
  }

  /** The first {@code read} of {@code members} in rank order (score, then lower index). */
  private static List<Integer> fullSort(float[] scores, int[] members, int read) {
    long[] keys = new long[members.length];
    for (int k = 0; k < members.length; k++) {
      keys[k] = dev.tailor.reco.batch.ScoreOrder.key(scores[members[k]], members[k]);
    }
    java.util.Arrays.sort(keys);
    List<Integer> out = new ArrayList<>();
    for (int k = 0; k < Math.min(keys.length, read); k++) {
      out.add(dev.tailor.reco.batch.ScoreOrder.item(keys[k]));
    }
    return out;
  }

  /** At most {@code read} items of {@code ranking}. */
  private static List<Integer> read(HeadRanking ranking, int read) {
    List<Integer> out = new ArrayList<>();
    while (out.size() < read && ranking.hasNext()) {
      out.add(ranking.nextInt());
    }
    return out;
  }

  @Property(tries = 150)
  void aLivenessHintNeverChangesTheOrderWhereverTheReadingStops(
      @ForAll @net.jqwik.api.constraints.IntRange(min = 0, max = 2000) int n,
      @ForAll long seed,
      @ForAll @net.jqwik.api.constraints.IntRange(min = 0, max = 100) int deadPercent,
      @ForAll @net.jqwik.api.constraints.IntRange(min = 0, max = 2100) int read,
      @ForAll boolean byPosition) {
    java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
    float[] scores = new float[n];
    boolean[] dead = new boolean[n];
    for (int i = 0; i < n; i++) {
      scores[i] = random.nextInt(5) == 0 ? 0.5f : (float) random.nextDouble(); // ties too
      dead[i] = random.nextInt(100) < deadPercent;
    }
    // members in score order: the worst case for a bounded heap without the scattered visit
    int[] members =
        java.util.stream.IntStream.range(0, n)
            .boxed()
            .sorted(java.util.Comparator.comparingDouble(i -> scores[i]))
            .mapToInt(Integer::intValue)
            .toArray();
    List<Integer> expected = fullSort(scores, members, read);
    java.util.function.IntPredicate live = i -> !dead[i];
    HeadRanking r;
    if (byPosition) {
      float[] at = new float[n];
      for (int k = 0; k < n; k++) {
        at[k] = scores[members[k]];
      }
      r = HeadRanking.byPosition(at, n, members, 0, n, live);
    } else {
      r = new HeadRanking(scores, members, 0, n, live);
    }
    assertThat(read(r, read)).isEqualTo(expected);
  }

  @Property(tries = 200)
  void theHeadRankingsStrideVisitsEveryPositionOnce(
      @ForAll @net.jqwik.api.constraints.IntRange(min = 0, max = 20000) int n) {
    int step = HeadRanking.stride(n);
    boolean[] seen = new boolean[n];
    int q = 0;
    for (int k = 0; k < n; k++) {
      assertThat(seen[q]).isFalse();
      seen[q] = true;
      q += step;
      if (q >= n) {
        q -= n;
      }
    }
    for (boolean b : seen) {
      assertThat(b).isTrue();
    }
  }
}
