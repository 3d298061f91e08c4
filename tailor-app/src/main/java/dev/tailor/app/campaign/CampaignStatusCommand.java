package dev.tailor.app.campaign;

import dev.tailor.app.cli.Output;
import dev.tailor.app.cli.TailorSubcommand;
import dev.tailor.app.wiring.Wiring;
import dev.tailor.campaign.pipeline.FailureReasons;
import dev.tailor.core.campaign.Campaign;
import dev.tailor.core.campaign.MessageState;
import dev.tailor.core.campaign.StateCount;
import dev.tailor.core.store.Store;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code tailor campaign status ID}: progress per variant and state, and why messages failed
 * (render errors, hard bounces, messages in doubt given up), grouped by reason.
 */
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
      boolean anyFailed = counts.stream().anyMatch(n -> n.state() == MessageState.FAILED);
      Optional<FailureReasons.Summary> failures =
          anyFailed ? Optional.of(FailureReasons.of(store.messages(), c.id())) : Optional.empty();
      if (out.json()) {
        Map<String, Object> json = CampaignText.status(c, counts, next);
        List<Map<String, Object>> reasons = new ArrayList<>();
        failures.ifPresent(
            f ->
                f.reasons()
                    .forEach(
                        r -> {
                          Map<String, Object> m = new LinkedHashMap<>();
                          m.put("reason", r.reason());
                          m.put("count", r.count());
                          m.put("example", r.example());
                          reasons.add(m);
                        }));
        json.put("failures", reasons);
        out.printJson(json);
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
      failures.ifPresent(f -> printFailures(out, f));
    }
    return 0;
  }

  private static void printFailures(Output out, FailureReasons.Summary f) {
    out.line(
        "failed messages by reason"
            + (f.complete() ? "" : String.format(Locale.ROOT, " (the first %,d)", f.read()))
            + ":");
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("messages", "reason", "e.g. message"));
    int shown = 0;
    for (FailureReasons.Reason r : f.reasons()) {
      if (++shown > 20) {
        out.printTable(rows);
        out.line("and " + (f.reasons().size() - 20) + " more reasons (see --json)");
        return;
      }
      rows.add(List.of(String.format(Locale.ROOT, "%,d", r.count()), r.reason(), r.example()));
    }
    out.printTable(rows);
  }
}
