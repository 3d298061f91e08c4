package dev.tailor.app.campaign;

import dev.tailor.app.cli.Output;
import dev.tailor.app.cli.TailorSubcommand;
import dev.tailor.app.config.TailorConfig;
import dev.tailor.app.wiring.Wiring;
import dev.tailor.campaign.pipeline.CampaignRunner;
import dev.tailor.campaign.pipeline.CampaignSetup;
import dev.tailor.campaign.spec.CampaignFiles;
import dev.tailor.campaign.spec.CampaignParser;
import dev.tailor.campaign.spec.CampaignSpec;
import dev.tailor.core.ErrorCode;
import dev.tailor.core.TailorException;
import dev.tailor.core.campaign.Campaign;
import dev.tailor.core.campaign.Variant;
import dev.tailor.core.mail.MailTransport;
import dev.tailor.core.store.Store;
import dev.tailor.insights.report.CampaignReporter;
import dev.tailor.insights.report.ReportSettings;
import dev.tailor.insights.report.WinnerCall;
import dev.tailor.insights.report.WinnerMetric;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code tailor campaign promote ID}: send the pilot's winner to the rest of the audience. */
@Command(
    name = "promote",
    mixinStandardHelpOptions = true,
    description = {
      "After a pilot run, send the rest of the audience (outside the pilot) the winning variant"
          + " only. --auto picks the winner with the report's statistics and refuses when the"
          + " minimum sample size is not reached or no variant is significantly better; --variant"
          + " promotes one by hand. The holdout stays out; nobody in the pilot gets a second"
          + " email; an interrupted rollout continues with `tailor campaign resume ID`."
    })
public final class CampaignPromoteCommand extends TailorSubcommand implements Callable<Integer> {
  @Parameters(paramLabel = "ID", description = "The campaign key.")
  private String id;

  @ArgGroup(exclusive = true, multiplicity = "1")
  private Choice choice;

  static final class Choice {
    @Option(names = "--variant", paramLabel = "V", description = "Promote this variant.")
    String variant;

    @Option(names = "--auto", description = "Promote the variant the statistics call a winner.")
    boolean auto;
  }

  @Option(
      names = "--metric",
      paramLabel = "M",
      description =
          "What --auto picks on: clicks, conversions or revenue (default:"
              + " tailor.report.metric, conversions).")
  private String metricName;

  private static WinnerMetric metric(String value) {
    for (WinnerMetric m : WinnerMetric.values()) {
      if (m.name().equalsIgnoreCase(value.strip())) {
        return m;
      }
    }
    throw new TailorException(
        ErrorCode.BAD_INPUT,
        "--metric must be clicks, conversions or revenue, not '" + value + "'");
  }

  @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: cores).")
  private Integer threads;

  @Override
  public Integer call() {
    TailorConfig config = root().config();
    Output out = root().output();
    var clock = root().context().clock();
    Wiring wiring = new Wiring(config);
    try (Store store = wiring.openStore()) {
      Campaign c = CampaignSession.getCampaign(store, id);
      CampaignSpec stored = CampaignSession.storedSpec(c);
      if (metricName != null) {
        metric(metricName);
      }
      Promotion p = promotion(store, c, stored);
      CampaignSpec spec =
          stored.promoted().isPresent()
              ? stored
              : CampaignParser.parse(
                  CampaignSpec.promote(c.spec(), p.variant(), p.why()),
                  c.source(),
                  stored.baseDir());
      out.note("promoting variant " + p.variant() + " of campaign " + c.id() + ": " + p.why());
      CampaignFiles files = CampaignFiles.load(spec);
      try (MailTransport transport =
          CampaignSession.transport(spec, config, clock, root().context().env())) {
        CampaignSetup setup = CampaignSession.setup(spec, files, store, config, wiring, clock, out);
        CampaignRunner.Outcome o =
            new CampaignRunner(store, clock, CampaignRunCommand.settings(threads), out::note)
                .run(setup, transport, true, c.source());
        if (out.json()) {
          Map<String, Object> m = new LinkedHashMap<>();
          m.put("promoted", p.variant());
          m.put("reason", p.why());
          m.putAll(CampaignText.outcome(o, Optional.of(transport.describe())));
          out.printJson(m);
        } else {
          out.line("promoted variant " + p.variant() + ": " + p.why());
          CampaignText.printOutcome(o, transport.describe(), out);
        }
      }
    }
    return 0;
  }

  /** The variant to promote and why. */
  private record Promotion(String variant, String why) {}

  private Promotion promotion(Store store, Campaign c, CampaignSpec spec) {
    if (spec.pilot() >= 1.0) {
      throw new TailorException(
          ErrorCode.BAD_INPUT,
          "campaign "
              + c.id()
              + " has no pilot (pilot: 1): its whole audience got the test, nothing is left to"
              + " promote a winner to");
    }
    if (spec.promoted().isPresent()) {
      String done = spec.promoted().get();
      if (choice.variant != null && !choice.variant.equals(done)) {
        throw new TailorException(
            ErrorCode.BAD_INPUT,
            "campaign " + c.id() + " was already promoted to " + done + "; it cannot change now");
      }
      return new Promotion(done, "already promoted; continuing the rollout");
    }
    if (choice.variant != null) {
      if (spec.variants().stream().map(Variant::name).noneMatch(choice.variant::equals)) {
        throw new TailorException(
            ErrorCode.BAD_INPUT,
            "--variant "
                + choice.variant
                + " is not a variant of campaign "
                + c.id()
                + " (variants: "
                + String.join(", ", spec.variants().stream().map(Variant::name).toList())
                + ")");
      }
      return new Promotion(choice.variant, "chosen by hand (--variant)");
    }
    ReportSettings configured = root().config().insights().report();
    ReportSettings settings =
        metricName == null ? configured : configured.withMetric(metric(metricName));
    WinnerMetric metric = settings.metric();
    WinnerCall call =
        new CampaignReporter(settings)
            .report(CampaignReportLoader.load(store, c.id(), settings.attribution()))
            .winner();
    String on = metric.name().toLowerCase(Locale.ROOT);
    if (call.winner().isEmpty()) {
      throw new TailorException(
          ErrorCode.BAD_INPUT,
          "no winner to promote on "
              + on
              + ": "
              + call.reason()
              + ". Wait for more data, or promote one by hand with --variant V");
    }
    String winner = call.winner().get();
    if (spec.variants().stream().map(Variant::name).noneMatch(winner::equals)) {
      throw new TailorException(
          ErrorCode.BAD_INPUT,
          "the "
              + winner
              + " group beats every variant on "
              + on
              + " ("
              + call.reason()
              + "): sending did not pay off, nothing is promoted (--variant V sends one anyway)");
    }
    return new Promotion(winner, call.reason() + " (" + on + ")");
  }
}
