package dev.tailor.app.campaign;

import dev.tailor.app.cli.Output;
import dev.tailor.app.cli.TailorSubcommand;
import dev.tailor.app.wiring.Wiring;
import dev.tailor.core.campaign.Campaign;
import dev.tailor.core.campaign.MessageState;
import dev.tailor.core.campaign.StateCount;
import dev.tailor.core.store.Store;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code tailor campaign list}: every campaign, newest first. */
@Command(
    name = "list",
    mixinStandardHelpOptions = true,
    description = "Every campaign in the store, newest first, with its message counts.")
public final class CampaignListCommand extends TailorSubcommand implements Callable<Integer> {
  @Override
  public Integer call() {
    Output out = root().output();
    try (Store store = new Wiring(root().config()).openStore()) {
      List<Map<String, Object>> json = new ArrayList<>();
      List<List<String>> rows = new ArrayList<>();
      rows.add(List.of("campaign", "name", "status", "created", "messages", "sent"));
      for (Campaign c : store.campaigns().list()) {
        long total = 0;
        long sent = 0;
        for (StateCount s : store.messages().countByState(c.id())) {
          total += s.count();
          sent += s.state() == MessageState.SENT ? s.count() : 0;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("campaign", c.id());
        m.put("name", c.name());
        m.put("status", c.status().wireName());
        m.put("created_at", c.createdAt().toString());
        m.put("messages", total);
        m.put("sent", sent);
        json.add(m);
        rows.add(
            List.of(
                c.id(),
                c.name(),
                c.status().wireName(),
                c.createdAt().toString(),
                String.format(Locale.ROOT, "%,d", total),
                String.format(Locale.ROOT, "%,d", sent)));
      }
      if (out.json()) {
        out.printJson(json);
      } else if (rows.size() == 1) {
        out.line("no campaigns yet; start one with tailor campaign run FILE");
      } else {
        out.printTable(rows);
      }
    }
    return 0;
  }
}
