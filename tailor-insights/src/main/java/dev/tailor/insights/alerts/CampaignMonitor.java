package dev.tailor.insights.alerts;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Turns a campaign's rate series into drop and spike alerts. */
public final class CampaignMonitor {
  private final EwmaCheck check;

  public CampaignMonitor(EwmaSettings settings) {
    this.check = new EwmaCheck(settings);
  }

  /** The alerts the last period of each series raises, detected at {@code now}. */
  public List<Alert> check(CampaignSeries s, Instant now) {
    List<Alert> out = new ArrayList<>();
    add(out, check.drop(s.clicks()), "ctr-drop", "click rate", Severity.WARNING, s, now);
    add(
        out,
        check.drop(s.conversions()),
        "conversion-drop",
        "conversion rate",
        Severity.WARNING,
        s,
        now);
    add(out, check.spike(s.bounces()), "bounce-spike", "bounce rate", Severity.CRITICAL, s, now);
    add(out, check.spike(s.errors()), "error-spike", "error rate", Severity.CRITICAL, s, now);
    return out;
  }

  private static void add(
      List<Alert> out,
      Optional<EwmaCheck.Deviation> d,
      String code,
      String what,
      Severity severity,
      CampaignSeries s,
      Instant now) {
    d.ifPresent(
        x ->
            out.add(
                new Alert(
                    code,
                    severity,
                    s.campaignId(),
                    String.format(
                        Locale.ROOT,
                        "%s %.2f%% in the period from %s (%d of %d) against a baseline of %.2f%%"
                            + " (%.1f standard errors)",
                        what,
                        x.rate() * 100,
                        x.last().period(),
                        x.last().successes(),
                        x.last().trials(),
                        x.baseline() * 100,
                        x.z()),
                    now)));
  }
}
