package dev.tailor.app.campaign;

import dev.tailor.app.cli.Output;
import dev.tailor.app.cli.TailorSubcommand;
import dev.tailor.app.wiring.Wiring;
import dev.tailor.core.ErrorCode;
import dev.tailor.core.TailorException;
import dev.tailor.core.campaign.Campaign;
import dev.tailor.core.store.Store;
import dev.tailor.insights.report.CampaignReport;
import dev.tailor.insights.report.CampaignReporter;
import dev.tailor.insights.report.ReportSettings;
import dev.tailor.insights.report.ReportText;
import dev.tailor.insights.report.WinnerMetric;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code tailor campaign report ID}: what a campaign earned, per variant and against the holdout.
 */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description =
        "Per variant and against the holdout: delivery, human and machine opens, clicks,"
            + " recommendation click rates, orders, conversion, revenue per email, significance and"
            + " a winner call; then the weekly review of what was recommended.")
public final class CampaignReportCommand extends TailorSubcommand implements Callable<Integer> {
  @Parameters(paramLabel = "ID", description = "The campaign key.")
  private String id;

  @Option(
      names = "--metric",
      paramLabel = "M",
      description =
          "What a winner is picked on: clicks, conversions or revenue (default:"
              + " tailor.report.metric, conversions).")
  private String metric;

  @Override
  public Integer call() {
    Output out = root().output();
    ReportSettings configured = root().config().insights().report();
    ReportSettings settings = metric == null ? configured : configured.withMetric(metric(metric));
    try (Store store = new Wiring(root().config()).openStore()) {
      Campaign c = CampaignSession.getCampaign(store, id);
      CampaignReport report =
          new CampaignReporter(settings)
              .report(CampaignReportLoader.load(store, c.id(), settings.attribution()));
      if (out.json()) {
        out.printJson(report);
      } else {
        out.out().print(ReportText.render(report));
      }
    }
    return 0;
  }

  private static WinnerMetric metric(String value) {
    for (WinnerMetric m : WinnerMetric.values()) {
      if (m.name().equalsIgnoreCase(value.strip())) {
        return m;
      }
    }
    throw new TailorException(
        ErrorCode.BAD_INPUT,
        "--metric must be clicks, conversions or revenue (never opens), not '"
            + value.toLowerCase(Locale.ROOT)
            + "'");
  }
}
