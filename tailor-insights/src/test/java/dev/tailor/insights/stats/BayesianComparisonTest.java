package dev.tailor.insights.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class BayesianComparisonTest {

  @Test
  void theExactSumMatchesHandComputedCases() {
    // Beta(2,1) against Beta(1,1): P = ∫ 2x · x dx = 2/3 (1 success of 1 against 0 of 0)
    assertThat(BayesianComparison.probabilityToBeat(new Proportion(1, 1), new Proportion(0, 0)))
        .isCloseTo(2.0 / 3, within(1e-14));
    // equal data: exactly one half
    assertThat(BayesianComparison.probabilityToBeat(new Proportion(0, 5), new Proportion(0, 5)))
        .isCloseTo(0.5, within(1e-13));
  }

  @Test
  void theExactSumMatchesNumericalIntegration() {
    // scipy.integrate.quad of pdf_B(x) · cdf_A(x), uniform priors
    assertThat(BayesianComparison.probabilityToBeat(p(25, 1000), p(20, 1000)))
        .isCloseTo(0.7719287535329207, within(1e-11));
    assertThat(BayesianComparison.probabilityToBeat(p(3, 10), p(1, 10)))
        .isCloseTo(0.844611528821055, within(1e-11));
    assertThat(BayesianComparison.probabilityToBeat(p(230, 10_000), p(200, 10_000)))
        .isCloseTo(0.9280170681127756, within(1e-10));
    // the order of the arguments is handled by symmetry
    assertThat(BayesianComparison.probabilityToBeat(p(200, 10_000), p(230, 10_000)))
        .isCloseTo(1 - 0.9280170681127756, within(1e-10));
  }

  @Test
  void theSeededMonteCarloEstimateAgreesWithTheExactValueWithinItsError() {
    double exact = BayesianComparison.probabilityToBeat(p(230, 10_000), p(200, 10_000));
    double mc =
        BayesianComparison.probabilityToBeatMonteCarlo(p(230, 10_000), p(200, 10_000), 200_000, 7);
    // standard error sqrt(p(1-p)/n) = 0.00058; four of them
    assertThat(mc).isCloseTo(exact, within(0.0024));
    assertThat(
            BayesianComparison.probabilityToBeatMonteCarlo(
                p(230, 10_000), p(200, 10_000), 200_000, 7))
        .isEqualTo(mc);
  }

  private static Proportion p(long x, long n) {
    return new Proportion(x, n);
  }
}
