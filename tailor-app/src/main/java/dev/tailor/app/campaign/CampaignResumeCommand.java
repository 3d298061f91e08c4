package dev.tailor.app.campaign;

import dev.tailor.app.cli.Output;
import dev.tailor.app.cli.TailorSubcommand;
import dev.tailor.app.config.TailorConfig;
import dev.tailor.app.wiring.Wiring;
import dev.tailor.campaign.pipeline.CampaignRunner;
import dev.tailor.campaign.pipeline.CampaignSetup;
import dev.tailor.campaign.spec.CampaignFiles;
import dev.tailor.campaign.spec.CampaignSpec;
import dev.tailor.core.campaign.Campaign;
import dev.tailor.core.mail.MailTransport;
import dev.tailor.core.store.Store;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code tailor campaign resume ID}: continue after a crash, or send what has fallen due. */
@Command(
    name = "resume",
    mixinStandardHelpOptions = true,
    description = {
      "Continue a campaign with the file it was planned with (kept in the store): finish an"
          + " interrupted planning, settle messages left in doubt by a crash (delivery.in_doubt),"
          + " then deliver every due message. Nothing is sent twice by Tailor."
    })
public final class CampaignResumeCommand extends TailorSubcommand implements Callable<Integer> {
  @Parameters(paramLabel = "ID", description = "The campaign key.")
  private String id;

  @Option(
      names = "--takeover",
      description = "Take the campaign over from a runner known to be dead, without waiting.")
  private boolean takeover;

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
      CampaignSpec spec = CampaignSession.storedSpec(c);
      CampaignFiles files = CampaignFiles.load(spec);
      try (MailTransport transport =
          CampaignSession.transport(spec, config, clock, root().context().env())) {
        CampaignSetup setup = CampaignSession.setup(spec, files, store, config, wiring, clock, out);
        CampaignRunner.Outcome o =
            new CampaignRunner(store, clock, CampaignRunCommand.settings(threads), out::note)
                .resume(setup, transport, takeover);
        if (out.json()) {
          out.printJson(CampaignText.outcome(o, Optional.of(transport.describe())));
        } else {
          CampaignText.printOutcome(o, transport.describe(), out);
        }
      }
    }
    return 0;
  }
}
