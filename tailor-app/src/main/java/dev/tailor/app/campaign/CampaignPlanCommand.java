package dev.tailor.app.campaign;

import dev.tailor.app.cli.Output;
import dev.tailor.app.cli.TailorSubcommand;
import dev.tailor.app.config.TailorConfig;
import dev.tailor.app.wiring.Wiring;
import dev.tailor.campaign.pipeline.CampaignRunner;
import dev.tailor.campaign.pipeline.CampaignSetup;
import dev.tailor.campaign.pipeline.PipelineSettings;
import dev.tailor.campaign.pipeline.PlanReport;
import dev.tailor.campaign.spec.CampaignFiles;
import dev.tailor.campaign.spec.CampaignParser;
import dev.tailor.campaign.spec.CampaignSpec;
import dev.tailor.core.store.Store;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code tailor campaign plan F}: who would get what, nothing written or sent. */
@Command(
    name = "plan",
    mixinStandardHelpOptions = true,
    description = {
      "Show who a campaign would reach without writing or sending anything: recipients per"
          + " variant, the holdout, customers suppressed (by reason) and left out (by reason),"
          + " and each variant's fill rate per slot (every recipient is decided)."
    })
public final class CampaignPlanCommand extends TailorSubcommand implements Callable<Integer> {
  @Parameters(paramLabel = "F", description = "Campaign file (YAML).")
  private Path file;

  @Option(names = "--full", description = "Plan the whole audience even when the file has a pilot.")
  private boolean full;

  @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: cores).")
  private Integer threads;

  @Override
  public Integer call() {
    TailorConfig config = root().config();
    Output out = root().output();
    CampaignSpec spec = CampaignParser.parse(file);
    CampaignFiles files = CampaignFiles.load(spec);
    Wiring wiring = new Wiring(config);
    try (Store store = wiring.openStore()) {
      var clock = root().context().clock();
      CampaignSetup setup = CampaignSession.setup(spec, files, store, config, wiring, clock, out);
      PipelineSettings settings = CampaignRunCommand.settings(threads);
      PlanReport r = new CampaignRunner(store, clock, settings, out::note).plan(setup, full);
      if (out.json()) {
        out.printJson(r.toMap());
      } else {
        out.line("Plan of campaign " + spec.key() + " (nothing written or sent)");
        CampaignText.printPlan(r, out);
      }
    }
    return 0;
  }
}
