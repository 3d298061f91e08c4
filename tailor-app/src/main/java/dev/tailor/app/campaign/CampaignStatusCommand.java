package dev.tailor.app.campaign;

import dev.tailor.app.cli.Output;
import dev.tailor.app.cli.TailorSubcommand;
import dev.tailor.app.wiring.Wiring;
import dev.tailor.core.campaign.Campaign;
import dev.tailor.core.campaign.MessageState;
import dev.tailor.core.campaign.StateCount;
import dev.tailor.core.store.Store;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code tailor campaign status ID}: progress per variant and state. */
@Command(
    name = "status",
    mixinStandardHelpOptions = true,
    description = "A campaign's status and its messages per variant and state.")
public final class CampaignStatusCommand extends TailorSubcommand implements Callable<Integer> {
  @Parameters(paramLabel = "ID", description = "The campaign key.")
  private String id;

  @Override
  public Integer call() {
    Output out = root().output();
    try (Store store = new Wiring(root().config()).openStore()) {
      Campaign c = CampaignSession.getCampaign(store, id);
      List<StateCount> counts = store.messages().countByState(c.id());
      Optional<Instant> next =
          store
              .messages()
              .nextDue(
                  c.id(),
                  EnumSet.of(
                      MessageState.PLANNED,
                      MessageState.RENDERED,
                      MessageState.SENDING,
                      MessageState.DEFERRED));
      if (out.json()) {
        out.printJson(CampaignText.status(c, counts, next));
        return 0;
      }
      out.line(
          "campaign "
              + c.id()
              + " ("
              + c.name()
              + "): "
              + c.status().wireName()
              + ", created "
              + c.createdAt()
              + ", updated "
              + c.updatedAt());
      out.printTable(CampaignText.stateTable(counts));
      next.ifPresent(t -> out.line("open messages; the next is due " + t));
    }
    return 0;
  }
}
