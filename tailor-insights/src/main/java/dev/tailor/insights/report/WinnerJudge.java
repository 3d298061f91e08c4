package dev.tailor.insights.report;

import dev.tailor.insights.stats.Proportion;
import dev.tailor.insights.stats.SampleSize;
import dev.tailor.insights.stats.SampleSummary;
import dev.tailor.insights.stats.TwoProportionTest;
import dev.tailor.insights.stats.Welch;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Calls a winner on clicks, conversions or revenue: the best arm wins only when every arm has the
 * minimum sample size and the best beats each other arm at alpha / (arms - 1).
 */
final class WinnerJudge {
  private final ReportSettings settings;

  WinnerJudge(ReportSettings settings) {
    this.settings = settings;
  }

  WinnerCall judge(List<Tally> variants, Optional<Tally> holdout) {
    WinnerMetric metric = settings.metric();
    List<Tally> arms = new ArrayList<>(variants);
    if (metric != WinnerMetric.CLICKS) {
      holdout.ifPresent(arms::add);
    }
    List<WinnerCall.ArmScore> scores = arms.stream().map(this::score).toList();
    if (arms.size() < 2) {
      return new WinnerCall(
          metric, Optional.empty(), "nothing to compare: fewer than two arms", 0, scores);
    }
    double alpha = settings.alpha() / (arms.size() - 1);
    Tally baseline = holdout.filter(arms::contains).orElse(null);
    long needed = minimumSampleSize(arms, baseline, alpha);
    if (needed == 0) {
      return new WinnerCall(
          metric,
          Optional.empty(),
          "no " + events(metric) + " yet: nothing to size the test on",
          0,
          scores);
    }
    for (WinnerCall.ArmScore s : scores) {
      if (s.n() < needed) {
        return new WinnerCall(
            metric,
            Optional.empty(),
            String.format(
                Locale.ROOT,
                "not enough data: %s has %d of the %d recipients each arm needs to detect a %.0f%%"
                    + " lift",
                s.variant(),
                s.n(),
                needed,
                settings.minimumRelativeEffect() * 100),
            needed,
            scores);
      }
    }
    int best = 0;
    for (int i = 1; i < scores.size(); i++) {
      if (scores.get(i).value() > scores.get(best).value()) {
        best = i;
      }
    }
    for (int i = 0; i < arms.size(); i++) {
      if (i == best) {
        continue;
      }
      double p = pValue(arms.get(best), arms.get(i));
      if (!(p < alpha)) {
        return new WinnerCall(
            metric,
            Optional.empty(),
            String.format(
                Locale.ROOT,
                "no significant difference between %s and %s (p = %.4f, needs < %.4f)",
                arms.get(best).variant,
                arms.get(i).variant,
                p,
                alpha),
            needed,
            scores);
      }
    }
    return new WinnerCall(
        metric,
        Optional.of(arms.get(best).variant),
        String.format(
            Locale.ROOT,
            "%s has the highest %s and beats every other arm at p < %.4f",
            arms.get(best).variant,
            noun(metric),
            alpha),
        needed,
        scores);
  }

  private WinnerCall.ArmScore score(Tally t) {
    return switch (settings.metric()) {
      case CLICKS -> new WinnerCall.ArmScore(t.variant, t.clicks().trials(), t.clicks().rate());
      case CONVERSIONS -> new WinnerCall.ArmScore(t.variant, t.recipients, t.conversions().rate());
      case REVENUE ->
          new WinnerCall.ArmScore(
              t.variant, t.recipients, SampleSummary.of(t.revenuePerRecipient()).mean());
    };
  }

  private long minimumSampleSize(List<Tally> arms, Tally baseline, double alpha) {
    double rel = settings.minimumRelativeEffect();
    if (settings.metric() == WinnerMetric.REVENUE) {
      SampleSummary pooled = SampleSummary.of(pooledRevenue(arms));
      double mean =
          baseline == null
              ? pooled.mean()
              : SampleSummary.of(baseline.revenuePerRecipient()).mean();
      if (!(mean > 0) || !(pooled.variance() > 0)) {
        return 0;
      }
      return Math.max(
          2,
          SampleSize.perGroupForMeans(
              Math.sqrt(pooled.variance()), mean * rel, alpha, settings.power()));
    }
    long x = 0;
    long n = 0;
    for (Tally t : baseline == null ? arms : List.of(baseline)) {
      Proportion p = proportion(t);
      x += p.successes();
      n += p.trials();
    }
    double rate = n == 0 ? 0 : (double) x / n;
    if (!(rate > 0 && rate < 1)) {
      return 0;
    }
    double effect = Math.min(rate * rel, (1 - rate) / 2);
    return Math.max(2, SampleSize.perGroup(rate, effect, alpha, settings.power()));
  }

  private double pValue(Tally best, Tally other) {
    if (settings.metric() == WinnerMetric.REVENUE) {
      return Welch.compare(best.revenuePerRecipient(), other.revenuePerRecipient(), 0.95).pValue();
    }
    return TwoProportionTest.compare(proportion(best), proportion(other), 0.95).pValue();
  }

  private Proportion proportion(Tally t) {
    return settings.metric() == WinnerMetric.CLICKS ? t.clicks() : t.conversions();
  }

  private static double[] pooledRevenue(List<Tally> arms) {
    return arms.stream()
        .flatMapToDouble(t -> java.util.Arrays.stream(t.revenuePerRecipient()))
        .toArray();
  }

  private static String events(WinnerMetric m) {
    return switch (m) {
      case CLICKS -> "clicks";
      case CONVERSIONS -> "conversions";
      case REVENUE -> "revenue";
    };
  }

  private static String noun(WinnerMetric m) {
    return switch (m) {
      case CLICKS -> "click rate";
      case CONVERSIONS -> "conversion rate";
      case REVENUE -> "revenue per email";
    };
  }
}
