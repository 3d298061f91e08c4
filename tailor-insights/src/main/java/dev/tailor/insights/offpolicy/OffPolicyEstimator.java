package dev.tailor.insights.offpolicy;

import dev.tailor.insights.stats.Interval;
import dev.tailor.insights.stats.Normal;
import dev.tailor.insights.stats.Proportion;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Inverse propensity scoring (IPS) and self-normalized IPS (SNIPS) of a new policy's click rate per
 * show from logged shows. Each show weighs w = π_new / max(p, minPropensity); IPS = mean(click ·
 * w), SNIPS = Σ(click · w) / Σ w. The IPS interval is mean ± z·s/√n over the per-show terms; the
 * SNIPS interval uses the delta method, variance Σ(w·(click − SNIPS))² / (Σ w)². Both treat shows
 * as independent (several shows of one message are not), so with many items per message they are
 * somewhat too narrow.
 */
public final class OffPolicyEstimator {
  private final OffPolicySettings settings;

  public OffPolicyEstimator(OffPolicySettings settings) {
    this.settings = Objects.requireNonNull(settings, "settings");
  }

  /**
   * Estimates from the logged shows.
   *
   * @param unsupported how many items the new policy would show that no logged show covers
   */
  public OffPolicyEstimate estimate(List<LoggedShow> logged, long unsupported) {
    int n = logged.size();
    double z = Normal.quantile(1 - (1 - settings.confidence()) / 2);
    double sumW = 0;
    double sumW2 = 0;
    double sumX = 0;
    double sumX2 = 0;
    double maxW = 0;
    long clicks = 0;
    long matched = 0;
    long clipped = 0;
    boolean explored = false;
    Set<String> messages = new HashSet<>();
    for (LoggedShow s : logged) {
      messages.add(s.messageId());
      double p = s.loggingPropensity();
      if (p < settings.minPropensity()) {
        p = settings.minPropensity();
        clipped++;
      }
      explored |= s.loggingPropensity() < 1;
      double w = s.newPropensity() / p;
      double x = s.clicked() ? w : 0;
      sumW += w;
      sumW2 += w * w;
      sumX += x;
      sumX2 += x * x;
      maxW = Math.max(maxW, w);
      clicks += s.clicked() ? 1 : 0;
      matched += s.newPropensity() > 0 ? 1 : 0;
    }
    double ips = n == 0 ? 0 : sumX / n;
    Interval ipsInterval = new Interval(0, 0, settings.confidence());
    if (n > 1) {
      double var = Math.max(0, (sumX2 - n * ips * ips) / (n - 1));
      double half = z * Math.sqrt(var / n);
      ipsInterval = new Interval(Math.max(0, ips - half), ips + half, settings.confidence());
    }
    double snips = sumW > 0 ? sumX / sumW : 0;
    Interval snipsInterval = new Interval(0, sumW > 0 ? 0 : 1, settings.confidence());
    if (sumW > 0) {
      double dev = 0;
      for (LoggedShow s : logged) {
        double w = s.newPropensity() / Math.max(s.loggingPropensity(), settings.minPropensity());
        double r = w * ((s.clicked() ? 1 : 0) - snips);
        dev += r * r;
      }
      double half = z * Math.sqrt(dev) / sumW;
      snipsInterval =
          new Interval(Math.max(0, snips - half), Math.min(1, snips + half), settings.confidence());
    }
    double ess = sumW2 > 0 ? sumW * sumW / sumW2 : 0;
    Proportion rate = new Proportion(clicks, n);
    List<OffPolicyEstimate.Warning> warnings = new ArrayList<>();
    warn(warnings, n, explored, clipped, ess, matched, unsupported);
    return new OffPolicyEstimate(
        n,
        messages.size(),
        clicks,
        rate.rate(),
        rate.wilson(settings.confidence()),
        ips,
        ipsInterval,
        snips,
        snipsInterval,
        ess,
        matched,
        clipped,
        maxW,
        unsupported,
        warnings);
  }

  private void warn(
      List<OffPolicyEstimate.Warning> out,
      int n,
      boolean explored,
      long clipped,
      double ess,
      long matched,
      long unsupported) {
    if (n == 0) {
      out.add(
          new OffPolicyEstimate.Warning(
              "no-shows", "no sent message with a decision: nothing to estimate from"));
      return;
    }
    if (!explored) {
      out.add(
          new OffPolicyEstimate.Warning(
              "deterministic-logging",
              "every logged propensity is 1 (the sends did not explore, or their propensities"
                  + " were not recorded): the estimate only sees where the new strategy agrees"
                  + " with what was sent"));
    }
    if (clipped > 0) {
      out.add(
          new OffPolicyEstimate.Warning(
              "clipped-propensities",
              String.format(
                  Locale.ROOT,
                  "%d logged propensities below %.4f were raised to it (weights clipped: less"
                      + " variance, some bias)",
                  clipped,
                  settings.minPropensity())));
    }
    if (matched == 0) {
      out.add(
          new OffPolicyEstimate.Warning(
              "no-overlap", "the new strategy would show none of the logged items"));
    } else if (ess < settings.lowEssShare() * n) {
      out.add(
          new OffPolicyEstimate.Warning(
              "low-effective-sample-size",
              String.format(
                  Locale.ROOT,
                  "the effective sample size %.1f is below %.0f%% of the %d shows: a few large"
                      + " weights carry the estimate",
                  ess,
                  settings.lowEssShare() * 100,
                  n)));
    }
    if (unsupported > 0) {
      out.add(
          new OffPolicyEstimate.Warning(
              "unsupported-shows",
              unsupported
                  + " items the new strategy would show were never shown in that message and"
                  + " slot: their clicks are unknown, so IPS counts them as no click"));
    }
  }
}
