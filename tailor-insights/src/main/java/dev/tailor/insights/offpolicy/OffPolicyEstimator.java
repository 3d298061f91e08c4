package dev.tailor.insights.offpolicy;

import dev.tailor.insights.stats.Interval;
import dev.tailor.insights.stats.Normal;
import dev.tailor.insights.stats.Proportion;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Inverse propensity scoring (IPS) and self-normalized IPS (SNIPS) of a new policy's click rate per
 * show from logged shows. Each show weighs w = π_new / max(p, minPropensity); IPS = mean(click ·
 * w), SNIPS = Σ(click · w) / Σ w. Shows of one message are not independent, so both intervals are
 * normal approximations with a variance clustered by message (the delta method for a ratio of
 * sums): with X_m, N_m and W_m a message's Σ click·w, shows and Σ w, Var(IPS) = M/(M−1) · Σ(X_m −
 * IPS·N_m)² / N² over M messages, and Var(SNIPS) = Σ(X_m − SNIPS·W_m)² / (Σ w)². With one show per
 * message they are the plain s²/n and the usual SNIPS delta-method variance.
 */
public final class OffPolicyEstimator {
  private final OffPolicySettings settings;

  public OffPolicyEstimator(OffPolicySettings settings) {
    this.settings = Objects.requireNonNull(settings, "settings");
  }

  /**
   * Estimates from the logged shows.
   *
   * @param unsupported how many shows (expected) of the new policy no logged show covers
   */
  public OffPolicyEstimate estimate(List<LoggedShow> logged, long unsupported) {
    int n = logged.size();
    double z = Normal.quantile(1 - (1 - settings.confidence()) / 2);
    // per message: shows, Σ click·w, Σ w (the cluster sums of the variance)
    Map<String, double[]> byMessage = new LinkedHashMap<>();
    double sumW = 0;
    double sumW2 = 0;
    double sumX = 0;
    double maxW = 0;
    long clicks = 0;
    long matched = 0;
    long clipped = 0;
    boolean explored = false;
    for (LoggedShow s : logged) {
      double p = s.loggingPropensity();
      if (p < settings.minPropensity()) {
        p = settings.minPropensity();
        clipped++;
      }
      explored |= s.loggingPropensity() < 1;
      double w = s.newPropensity() / p;
      double x = s.clicked() ? w : 0;
      double[] m = byMessage.computeIfAbsent(s.messageId(), k -> new double[3]);
      m[0]++;
      m[1] += x;
      m[2] += w;
      sumW += w;
      sumW2 += w * w;
      sumX += x;
      maxW = Math.max(maxW, w);
      clicks += s.clicked() ? 1 : 0;
      matched += s.newPropensity() > 0 ? 1 : 0;
    }
    double ips = n == 0 ? 0 : sumX / n;
    double snips = sumW > 0 ? sumX / sumW : 0;
    int messages = byMessage.size();
    Interval ipsInterval = new Interval(0, 0, settings.confidence());
    Interval snipsInterval = new Interval(0, sumW > 0 ? 0 : 1, settings.confidence());
    if (messages > 1) {
      double ipsDev = 0;
      double snipsDev = 0;
      for (double[] m : byMessage.values()) {
        ipsDev += (m[1] - ips * m[0]) * (m[1] - ips * m[0]);
        snipsDev += (m[1] - snips * m[2]) * (m[1] - snips * m[2]);
      }
      double ipsHalf = z * Math.sqrt(ipsDev * messages / (messages - 1.0)) / n;
      ipsInterval = new Interval(Math.max(0, ips - ipsHalf), ips + ipsHalf, settings.confidence());
      if (sumW > 0) {
        double half = z * Math.sqrt(snipsDev) / sumW;
        snipsInterval =
            new Interval(
                Math.max(0, snips - half), Math.min(1, snips + half), settings.confidence());
      }
    }
    double ess = sumW2 > 0 ? sumW * sumW / sumW2 : 0;
    Proportion rate = new Proportion(clicks, n);
    List<OffPolicyEstimate.Warning> warnings = new ArrayList<>();
    warn(warnings, n, explored, clipped, ess, matched, unsupported);
    return new OffPolicyEstimate(
        n,
        messages,
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
              "about "
                  + unsupported
                  + " shows of the new strategy are of items never shown in that message and"
                  + " slot: their clicks are unknown (IPS counts them as no click, SNIPS as"
                  + " clicking like the rest)"));
    }
  }
}
