package dev.tailor.app.data;

import dev.tailor.app.cli.Output;
import dev.tailor.app.cli.TailorCommand;
import dev.tailor.app.cli.TailorSubcommand;
import dev.tailor.app.wiring.Wiring;
import dev.tailor.core.store.Store;
import dev.tailor.insights.datacheck.DataCheckReport;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code tailor data check}: is there enough data to personalize? */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description =
        "Data sufficiency: days of history, events by type, customers and products with enough"
            + " interactions, catalog health, and warnings.")
public final class DataCheckCommand extends TailorSubcommand implements Callable<Integer> {

  @Override
  public Integer call() {
    TailorCommand root = root();
    Wiring wiring = new Wiring(root.config());
    Output out = root.output();
    try (Store store = wiring.openStore()) {
      DataCheckReport report = wiring.dataCheck().run(store);
      if (out.json()) {
        out.printJson(report);
      } else {
        DataCheckText.print(report, store.describe(), out);
      }
    }
    return 0;
  }
}
