package dev.tailor.insights.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tailor.insights.stats.SampleSize;
import org.junit.jupiter.api.Test;

/** The report on seeded campaigns whose true lift is known. */
class SimulatedCampaignTest {
  private static ReportSettings settings(WinnerMetric metric, double minimumRelativeEffect) {
    return settings(metric, minimumRelativeEffect, 1000);
  }

  private static ReportSettings settings(
      WinnerMetric metric, double minimumRelativeEffect, int resamples) {
    ReportSettings d = ReportSettings.DEFAULTS;
    return new ReportSettings(
        metric,
        0.05,
        0.8,
        minimumRelativeEffect,
        resamples,
        7,
        10,
        100,
        d.attribution(),
        d.machineTraffic());
  }

  @Test
  void aThreeAgainstTwoPercentLiftOnTwentyThousandEachIsDetected() {
    SyntheticCampaign sim = new SyntheticCampaign(20_000, 0.03, 0.02, 2026);
    CampaignReport r =
        new CampaignReporter(settings(WinnerMetric.CONVERSIONS, 0.25)).report(sim.input());

    VariantStats ai = r.variants().get(0);
    // machine opens are counted apart: the human open rate is the 25% people open, not 25% + 50%
    assertThat(ai.engagement().humanOpeners()).isEqualTo(sim.humanOpenersInVariant);
    assertThat(ai.engagement().machineOpens()).isEqualTo(sim.applePrefetches);
    assertThat(ai.engagement().humanOpenRate()).isBetween(0.24, 0.26);

    HoldoutComparison c = r.againstHoldout().get(0);
    assertThat(c.conversion().difference()).isBetween(0.007, 0.013);
    assertThat(c.conversion().interval().contains(0.01)).isTrue();
    assertThat(c.conversion().interval().low()).isPositive();
    assertThat(c.conversion().pValue()).isLessThan(1e-6);
    assertThat(c.significant()).isTrue();
    assertThat(c.probabilityToBeat()).isGreaterThan(0.999);
    // sized on the observed holdout rate (about 2%) and a 25% lift: about 14,000 per group,
    // fewer than the 20,000 we have
    double baseline = r.holdout().orElseThrow().outcomes().conversionRate();
    assertThat(c.minimumSampleSize())
        .isEqualTo(SampleSize.perGroup(baseline, 0.25 * baseline, 0.05, 0.8))
        .isBetween(10_000L, 20_000L);
    assertThat(c.enoughData()).isTrue();
    // incremental revenue per email: true value 0.01 × 75.9 = 0.76
    double truth = 0.01 * SyntheticCampaign.MEAN_ORDER;
    assertThat(c.revenuePerEmail().interval().contains(truth)).isTrue();
    assertThat(c.revenuePerEmail().interval().low()).isPositive();
    assertThat(c.revenuePerEmailBootstrap().interval().contains(truth)).isTrue();
    assertThat(c.revenuePerEmailBootstrap().interval().low()).isPositive();

    assertThat(r.winner().winner()).contains("ai");
    // revenue per email is noisier: a 25% lift would need about 29,000 per group, so no call...
    WinnerCall revenue25 =
        new CampaignReporter(settings(WinnerMetric.REVENUE, 0.25)).report(sim.input()).winner();
    assertThat(revenue25.winner()).isEmpty();
    assertThat(revenue25.reason()).startsWith("not enough data");
    assertThat(revenue25.minimumSampleSize()).isBetween(20_001L, 40_000L);
    // ...while the 50% lift the data really holds needs about 7,000 and is found
    WinnerCall revenue50 =
        new CampaignReporter(settings(WinnerMetric.REVENUE, 0.5)).report(sim.input()).winner();
    assertThat(revenue50.winner()).contains("ai");
    // a winner on clicks needs two mailed variants: the holdout gets no email to click
    CampaignReport byClicks =
        new CampaignReporter(settings(WinnerMetric.CLICKS, 0.25)).report(sim.input());
    assertThat(byClicks.winner().winner()).isEmpty();
    assertThat(byClicks.winner().reason()).isEqualTo("nothing to compare: fewer than two arms");
  }

  @Test
  void withoutATrueLiftTheReportCallsADifferenceAboutAsOftenAsAlpha() {
    int reps = 400;
    int significant = 0;
    int revenueSignificant = 0;
    int winners = 0;
    ReportSettings s = settings(WinnerMetric.CONVERSIONS, 1.0, 200);
    for (int rep = 0; rep < reps; rep++) {
      SyntheticCampaign sim = new SyntheticCampaign(2_000, 0.025, 0.025, 10_000 + rep);
      CampaignReport r = new CampaignReporter(s).report(sim.input());
      HoldoutComparison c = r.againstHoldout().get(0);
      significant += c.significant() ? 1 : 0;
      revenueSignificant += c.revenuePerEmail().pValue() < 0.05 ? 1 : 0;
      winners += r.winner().winner().isPresent() ? 1 : 0;
    }
    System.out.printf(
        java.util.Locale.ROOT,
        "A/A over %d seeded campaigns: conversion significant %.2f%%, revenue significant %.2f%%,"
            + " winner called %.2f%% (alpha 5%%)%n",
        reps,
        100.0 * significant / reps,
        100.0 * revenueSignificant / reps,
        100.0 * winners / reps);
    // alpha = 0.05; the binomial sd over 400 repetitions is 1.1 points
    assertThat(significant / (double) reps).isBetween(0.025, 0.08);
    assertThat(revenueSignificant / (double) reps).isBetween(0.025, 0.08);
    assertThat(winners / (double) reps).isBetween(0.025, 0.08);
  }
}
