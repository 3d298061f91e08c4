package dev.tailor.insights.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.tailor.core.TailorException;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class MeanComparisonTest {
  // Student's sleep data (R's datasets::sleep), the textbook example of t.test
  private static final double[] GROUP1 = {0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0};
  private static final double[] GROUP2 = {1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4};

  @Test
  void welchReproducesRsTTestOnTheSleepData() {
    // t.test(extra ~ group, data = sleep): t = -1.8608, df = 17.776, p-value = 0.07939,
    // 95 percent confidence interval: -3.3654832  0.2054832
    MeanComparison w = Welch.compare(GROUP1, GROUP2, 0.95);
    assertThat(w.difference()).isCloseTo(0.75 - 2.33, within(1e-12));
    assertThat(w.t()).isCloseTo(-1.8608134674868526, within(1e-12));
    assertThat(w.degreesOfFreedom()).isCloseTo(17.776473516178488, within(1e-10));
    assertThat(w.pValue()).isCloseTo(0.0793941401873583, within(1e-12));
    assertThat(w.interval().low()).isCloseTo(-3.3654832307117104, within(1e-10));
    assertThat(w.interval().high()).isCloseTo(0.20548323071171137, within(1e-10));
  }

  @Test
  void welchNeedsTwoValuesPerGroupAndFiniteValues() {
    assertThatThrownBy(() -> Welch.compare(new double[] {1}, GROUP2, 0.95))
        .isInstanceOf(TailorException.class)
        .hasMessageContaining("at least two values");
    assertThatThrownBy(() -> Welch.compare(new double[] {1, Double.NaN}, GROUP2, 0.95))
        .isInstanceOf(TailorException.class)
        .hasMessageContaining("values[1]");
    MeanComparison flat = Welch.compare(new double[] {2, 2}, new double[] {1, 1, 1}, 0.95);
    assertThat(flat.interval().low()).isEqualTo(1);
    assertThat(flat.pValue()).isZero();
  }

  @Test
  void theBootstrapIsReproducibleAndCloseToWelchOnSymmetricData() {
    SplittableRandom r = new SplittableRandom(1);
    double[] a = new double[2000];
    double[] b = new double[2000];
    for (int i = 0; i < a.length; i++) {
      a[i] = 10 + 3 * r.nextGaussian();
      b[i] = 9.5 + 3 * r.nextGaussian();
    }
    MeanComparison boot = Bootstrap.meanDifference(a, b, 0.95, 2000, 99);
    MeanComparison welch = Welch.compare(a, b, 0.95);
    assertThat(boot.difference()).isEqualTo(welch.difference());
    // the half-width of both is 1.96 · 3 · sqrt(2/2000) = 0.186; they agree to a few percent
    assertThat(boot.interval().low()).isCloseTo(welch.interval().low(), within(0.015));
    assertThat(boot.interval().high()).isCloseTo(welch.interval().high(), within(0.015));
    assertThat(Bootstrap.meanDifference(a, b, 0.95, 2000, 99)).isEqualTo(boot);
  }

  @Test
  void theBootstrapCoversTheTrueDifferenceOfHeavyTailedRevenueAboutAsOftenAsPromised() {
    // revenue per email: 90% zero, else log-normal; the same distribution in both groups
    SplittableRandom r = new SplittableRandom(2024);
    int reps = 400;
    int bootstrapCovered = 0;
    int welchCovered = 0;
    for (int rep = 0; rep < reps; rep++) {
      double[] a = revenue(r, 1000);
      double[] b = revenue(r, 1000);
      if (Bootstrap.meanDifference(a, b, 0.95, 500, rep).interval().contains(0)) {
        bootstrapCovered++;
      }
      if (Welch.compare(a, b, 0.95).interval().contains(0)) {
        welchCovered++;
      }
    }
    System.out.printf(
        java.util.Locale.ROOT,
        "95%% intervals on heavy-tailed revenue, %d repetitions: bootstrap covers %.3f, Welch %.3f%n",
        reps,
        bootstrapCovered / (double) reps,
        welchCovered / (double) reps);
    // 95% nominal; the binomial sd over 400 repetitions is 1.1 points. The percentile bootstrap
    // is known to cover a little less than promised on skewed data (0.924 over 1000 repetitions).
    assertThat(bootstrapCovered / (double) reps).isBetween(0.90, 0.98);
    assertThat(welchCovered / (double) reps).isBetween(0.92, 0.98);
  }

  @Test
  void resamplingMostlyZeroDataHasTheTextbookSpread() {
    // 1000 values, 100 of them 5.0: population variance 0.1 * 25 - 0.5^2 = 2.25, so a resampled
    // mean has sd sqrt(2.25 / 1000) and a difference of two sqrt(2) times that: half of the 95%
    // interval is 1.96 * 0.067082 = 0.131481
    double[] v = new double[1000];
    for (int i = 0; i < v.length; i += 10) {
      v[i] = 5.0;
    }
    MeanComparison boot = Bootstrap.meanDifference(v, v.clone(), 0.95, 20_000, 3);
    Interval i = boot.interval();
    assertThat((i.high() - i.low()) / 2).isCloseTo(0.131481, within(0.004));
    assertThat((i.high() + i.low()) / 2).isCloseTo(0, within(0.004));
    double[] zeros = new double[50];
    assertThat(Bootstrap.meanDifference(zeros, zeros, 0.95, 100, 1).interval())
        .isEqualTo(new Interval(0, 0, 0.95));
  }

  private static double[] revenue(SplittableRandom r, int n) {
    double[] v = new double[n];
    for (int i = 0; i < n; i++) {
      v[i] = r.nextDouble() < 0.1 ? Math.exp(3 + 1.2 * r.nextGaussian()) : 0;
    }
    return v;
  }
}
