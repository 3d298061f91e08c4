package dev.tailor.insights.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.tailor.core.TailorException;
import org.assertj.core.data.Percentage;
import org.junit.jupiter.api.Test;

/** Reference values from scipy.stats 1.17 (norm, t, special.betainc) and Python's math.lgamma. */
class DistributionsTest {

  @Test
  void theNormalDistributionFunctionMatchesReferenceValuesIncludingFarTails() {
    assertThat(Normal.cdf(-1.96)).isCloseTo(0.024997895148220435, within(1e-15));
    assertThat(Normal.cdf(0.3)).isCloseTo(0.6179114221889526, within(1e-15));
    assertThat(Normal.cdf(2.5)).isCloseTo(0.9937903346742238, within(1e-15));
    assertThat(Normal.cdf(6)).isCloseTo(0.9999999990134123, within(1e-15));
    // far tails keep their relative precision
    assertThat(Normal.cdf(-3.5))
        .isCloseTo(0.00023262907903552502, Percentage.withPercentage(1e-10));
    assertThat(Normal.cdf(-5)).isCloseTo(2.866515718791933e-07, Percentage.withPercentage(1e-10));
    assertThat(Normal.cdf(-8)).isCloseTo(6.22096057427174e-16, Percentage.withPercentage(1e-9));
  }

  @Test
  void theNormalQuantileInvertsTheDistributionFunction() {
    assertThat(Normal.quantile(0.975)).isCloseTo(1.959963984540054, within(1e-14));
    assertThat(Normal.quantile(0.025)).isCloseTo(-1.9599639845400545, within(1e-14));
    assertThat(Normal.quantile(0.8)).isCloseTo(0.8416212335729143, within(1e-14));
    assertThat(Normal.quantile(0.001)).isCloseTo(-3.090232306167813, within(1e-13));
    assertThat(Normal.quantile(1e-10)).isCloseTo(-6.361340902404056, within(1e-11));
    assertThat(Normal.quantile(0.5)).isCloseTo(0, within(1e-15));
    assertThatThrownBy(() -> Normal.quantile(1))
        .isInstanceOf(TailorException.class)
        .hasMessageContaining("p must lie strictly between 0 and 1");
  }

  @Test
  void logGammaAndTheIncompleteBetaMatchReferenceValues() {
    assertThat(Special.logGamma(0.1)).isCloseTo(2.2527126517342055, within(1e-13));
    assertThat(Special.logGamma(0.5)).isCloseTo(0.5723649429247004, within(1e-13));
    assertThat(Special.logGamma(1)).isCloseTo(0, within(1e-13));
    assertThat(Special.logGamma(2.5)).isCloseTo(0.2846828704729196, within(1e-13));
    assertThat(Special.logGamma(10)).isCloseTo(12.801827480081467, within(1e-12));
    assertThat(Special.logGamma(171.3)).isCloseTo(708.114947038997, within(1e-10));
    assertThat(Special.logGamma(12345.6)).isCloseTo(103959.18506616846, within(1e-8));
    assertThat(Special.regularizedBeta(0.3, 2.5, 3.5))
        .isCloseTo(0.29675298929566646, within(1e-13));
    assertThat(Special.regularizedBeta(0.026, 500, 19500))
        .isCloseTo(0.818221654627322, within(1e-10));
    assertThat(Special.regularizedBeta(0.9, 0.5, 8.888))
        .isCloseTo(0.9999999997468448, within(1e-14));
  }

  @Test
  void studentsTMatchesReferenceValuesForFractionalDegreesOfFreedom() {
    assertThat(StudentT.quantile(0.975, 17.776)).isCloseTo(2.102821310380221, within(1e-11));
    assertThat(StudentT.quantile(0.995, 3.5)).isCloseTo(5.085702223091256, within(1e-10));
    assertThat(StudentT.quantile(0.005, 3.5)).isCloseTo(-5.085702223091256, within(1e-10));
    assertThat(StudentT.cdf(-2.2, 4.3)).isCloseTo(0.04395972161105888, within(1e-13));
    assertThat(StudentT.cdf(1.5, 1000)).isCloseTo(0.9330349805889568, within(1e-12));
  }
}
