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
}
