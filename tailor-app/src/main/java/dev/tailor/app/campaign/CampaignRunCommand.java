package dev.tailor.app.campaign;

import dev.tailor.app.cli.Output;
import dev.tailor.app.cli.TailorSubcommand;
import dev.tailor.app.config.TailorConfig;
import dev.tailor.app.wiring.Wiring;
import dev.tailor.campaign.pipeline.CampaignRunner;
import dev.tailor.campaign.pipeline.CampaignSetup;
import dev.tailor.campaign.pipeline.PipelineSettings;
import dev.tailor.campaign.spec.CampaignFiles;
import dev.tailor.campaign.spec.CampaignParser;
import dev.tailor.campaign.spec.CampaignSpec;
import dev.tailor.core.ErrorCode;
import dev.tailor.core.TailorException;
import dev.tailor.core.mail.MailTransport;
import dev.tailor.core.store.Store;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code tailor campaign run F}: plan and send. */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description = {
      "Plan a campaign (one durable message record per recipient) and deliver every message that"
          + " is due. Running the same campaign key again sends nobody a second copy; after a"
          + " crash, `tailor campaign resume KEY` delivers the rest exactly once."
    })
public final class CampaignRunCommand extends TailorSubcommand implements Callable<Integer> {
  @Parameters(paramLabel = "F", description = "Campaign file (YAML).")
  private Path file;

  @Option(
      names = "--full",
      description = "Reach the whole audience even when the file has a pilot.")
  private boolean full;

  @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: cores).")
  private Integer threads;

  static PipelineSettings settings(Integer threads) {
    PipelineSettings d = PipelineSettings.defaults();
    if (threads == null) {
      return d;
    }
    if (threads < 1 || threads > 256) {
      throw new TailorException(ErrorCode.BAD_INPUT, "--threads must lie in 1..256: " + threads);
    }
    return d.withThreads(threads);
  }

  @Override
  public Integer call() {
    TailorConfig config = root().config();
    Output out = root().output();
    CampaignSpec spec = CampaignParser.parse(file);
    CampaignFiles files = CampaignFiles.load(spec);
    var clock = root().context().clock();
    Wiring wiring = new Wiring(config);
    try (Store store = wiring.openStore();
        MailTransport transport =
            CampaignSession.transport(spec, config, clock, root().context().env())) {
      CampaignSetup setup = CampaignSession.setup(spec, files, store, config, wiring, clock, out);
      CampaignRunner.Outcome o =
          new CampaignRunner(store, clock, settings(threads), out::note)
              .run(setup, transport, full, file.toAbsolutePath().normalize().toString());
      if (out.json()) {
        out.printJson(CampaignText.outcome(o, Optional.of(transport.describe())));
      } else {
        CampaignText.printOutcome(o, transport.describe(), out);
      }
    }
    return 0;
  }
}
