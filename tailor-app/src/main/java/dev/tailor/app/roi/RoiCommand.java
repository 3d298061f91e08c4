package dev.tailor.app.roi;

import dev.tailor.app.cli.Output;
import dev.tailor.app.cli.TailorSubcommand;
import dev.tailor.app.wiring.Wiring;
import dev.tailor.core.ErrorCode;
import dev.tailor.core.TailorException;
import dev.tailor.core.store.Store;
import dev.tailor.insights.roi.CampaignRoi;
import dev.tailor.insights.roi.RoiCsv;
import dev.tailor.insights.roi.RoiReport;
import dev.tailor.insights.roi.RoiReporter;
import dev.tailor.insights.roi.RoiRow;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code tailor report roi}: attributed and incremental revenue, emails built per hour. */
@Command(
    name = "roi",
    mixinStandardHelpOptions = true,
    description = {
      "What the campaigns earned: attributed revenue (last click or open), incremental revenue"
          + " over the holdout with its 95% interval (campaigns with a holdout only), and emails"
          + " built per hour (first planned message to last send), per campaign or per week.",
      "A campaign counts in the days of its first send; weeks start on Monday (UTC)."
    })
public final class RoiCommand extends TailorSubcommand implements Callable<Integer> {
  @Option(names = "--from", paramLabel = "D", description = "First day (YYYY-MM-DD, UTC).")
  private String from;

  @Option(names = "--to", paramLabel = "D", description = "Last day, included.")
  private String to;

  @Option(names = "--by", paramLabel = "B", description = "campaign (default) or week.")
  private String by = "campaign";

  @Option(names = "--csv", paramLabel = "FILE", description = "Write the report as CSV to FILE.")
  private Path csv;

  @Override
  public Integer call() {
    Output out = root().output();
    RoiReporter.By grouping = RoiReporter.By.parse(by);
    Optional<LocalDate> start = day("--from", from);
    Optional<LocalDate> end = day("--to", to);
    if (start.isPresent() && end.isPresent() && end.get().isBefore(start.get())) {
      throw new TailorException(ErrorCode.BAD_INPUT, "--to " + to + " is before --from " + from);
    }
    if (csv != null && out.json()) {
      throw new TailorException(ErrorCode.BAD_INPUT, "--csv and --json exclude each other");
    }
    List<CampaignRoi> campaigns;
    try (Store store = new Wiring(root().config()).openStore()) {
      campaigns = RoiLoader.load(store, root().config().insights().report(), start, end);
    }
    RoiReport report = new RoiReporter(0.95).report(campaigns, grouping);
    if (csv != null) {
      try {
        Files.writeString(csv, RoiCsv.write(report), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new TailorException(
            ErrorCode.RUNTIME, "cannot write " + csv + ": " + e.getMessage(), e);
      }
      out.line("Wrote " + csv + " (" + report.rows().size() + " rows and the total)");
    } else if (out.json()) {
      out.printJson(report);
    } else {
      print(report, out);
    }
    return 0;
  }

  private static Optional<LocalDate> day(String option, String value) {
    if (value == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(value.strip()));
    } catch (DateTimeParseException e) {
      throw new TailorException(
          ErrorCode.BAD_INPUT, option + " must be a day like 2026-11-23, not '" + value + "'");
    }
  }

  private static void print(RoiReport r, Output out) {
    out.line("ROI by " + r.by() + " (" + r.total().campaigns() + " campaigns)");
    List<List<String>> rows = new ArrayList<>();
    rows.add(
        List.of(
            r.by(),
            "emails",
            "per hour",
            "orders",
            "attributed",
            "per email",
            "incremental (95% interval)"));
    for (RoiRow row : r.rows()) {
      rows.add(cells(row));
    }
    rows.add(cells(r.total()));
    out.printTable(rows);
  }

  private static List<String> cells(RoiRow r) {
    String inc =
        r.incrementalRevenue().isEmpty()
            ? "no holdout"
            : String.format(
                Locale.ROOT,
                "%.2f [%.2f, %.2f]",
                r.incrementalRevenue().get(),
                r.incrementalInterval().orElseThrow().low(),
                r.incrementalInterval().orElseThrow().high());
    return List.of(
        r.key().equals(r.label()) ? r.key() : r.key() + " (" + r.label() + ")",
        Long.toString(r.emailsBuilt()),
        String.format(Locale.ROOT, "%.0f", r.emailsPerHour()),
        Long.toString(r.attributedOrders()),
        r.attributedRevenue().toPlainString(),
        String.format(Locale.ROOT, "%.2f", r.attributedRevenuePerEmail()),
        inc);
  }
}
