package dev.tailor.insights.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.tailor.core.TailorException;
import org.junit.jupiter.api.Test;

class TwoProportionTestTest {

  @Test
  void theWilsonIntervalMatchesNewcombesWorkedExample() {
    // Newcombe 1998 (Stat. Med. 17:857), single proportion 81/263: 0.2553 to 0.3662
    Interval w = new Proportion(81, 263).wilson(0.95);
    assertThat(w.low()).isCloseTo(0.2552885198782742, within(1e-12));
    assertThat(w.high()).isCloseTo(0.36620957698280004, within(1e-12));
    assertThat(new Proportion(0, 10).wilson(0.95).low()).isZero();
    assertThat(new Proportion(0, 10).wilson(0.95).high())
        .isCloseTo(0.27753279986288926, within(1e-12));
  }

  @Test
  void newcombesHybridScoreIntervalReproducesThePublishedTable() {
    // Newcombe 1998, Table II, method 10: four of the published examples to four places
    assertInterval(TwoProportionTest.newcombe(p(56, 70), p(48, 80), 0.95), 0.0524, 0.3339);
    assertInterval(TwoProportionTest.newcombe(p(9, 10), p(3, 10), 0.95), 0.1705, 0.8090);
    assertInterval(TwoProportionTest.newcombe(p(6, 7), p(2, 7), 0.95), 0.0582, 0.8062);
    assertInterval(TwoProportionTest.newcombe(p(5, 56), p(0, 29), 0.95), -0.0381, 0.1926);
    // and to full precision against an independent implementation
    Interval i = TwoProportionTest.newcombe(p(56, 70), p(48, 80), 0.95);
    assertThat(i.low()).isCloseTo(0.052431472402364815, within(1e-12));
    assertThat(i.high()).isCloseTo(0.3338726540369059, within(1e-12));
  }

  @Test
  void theZTestEqualsRsPropTestWithoutContinuityCorrection() {
    // prop.test(c(56, 48), c(70, 80), correct = FALSE): X-squared = 7.0234, p-value = 0.008045
    ProportionComparison c = TwoProportionTest.compare(p(56, 70), p(48, 80), 0.95);
    assertThat(c.difference()).isCloseTo(0.8 - 0.6, within(1e-15));
    assertThat(c.z() * c.z()).isCloseTo(7.023411371237456, within(1e-12));
    assertThat(c.pValue()).isCloseTo(0.008045081368196585, within(1e-14));
    assertThat(c.significant(0.05)).isTrue();
    assertThat(c.relativeLift()).isCloseTo(1.0 / 3, within(1e-15));

    // 3.0% vs 2.0% on 10,000 each: X-squared = 20.5128, p = 5.9233e-06
    ProportionComparison big = TwoProportionTest.compare(p(300, 10_000), p(200, 10_000), 0.95);
    assertThat(big.z()).isCloseTo(4.529108136578383, within(1e-12));
    assertThat(big.pValue()).isCloseTo(5.923317990312181e-06, within(1e-17));
  }

  @Test
  void identicalDegenerateGroupsAreNotSignificantAndEmptyGroupsAreRefused() {
    ProportionComparison none = TwoProportionTest.compare(p(0, 10), p(0, 20), 0.95);
    assertThat(none.z()).isZero();
    assertThat(none.pValue()).isEqualTo(1);
    assertThat(none.interval().low()).isCloseTo(-0.16112515805281935, within(1e-12));
    assertThatThrownBy(() -> TwoProportionTest.compare(p(0, 0), p(1, 2), 0.95))
        .isInstanceOf(TailorException.class)
        .hasMessageContaining("at least one trial");
    assertThatThrownBy(() -> p(3, 2))
        .isInstanceOf(TailorException.class)
        .hasMessageContaining("3 of 2");
  }

  private static Proportion p(long x, long n) {
    return new Proportion(x, n);
  }

  private static void assertInterval(Interval i, double low, double high) {
    assertThat(i.low()).isCloseTo(low, within(5e-5));
    assertThat(i.high()).isCloseTo(high, within(5e-5));
  }
}
