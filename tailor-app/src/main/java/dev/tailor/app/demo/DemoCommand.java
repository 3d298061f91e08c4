package dev.tailor.app.demo;

import dev.tailor.app.admin.FirstUser;
import dev.tailor.app.campaign.DemoCampaign;
import dev.tailor.app.cli.Output;
import dev.tailor.app.cli.TailorSubcommand;
import dev.tailor.app.config.TailorConfig;
import dev.tailor.app.data.DataCheckText;
import dev.tailor.app.generate.GenerateCommand;
import dev.tailor.app.importing.ImportCommand;
import dev.tailor.app.serve.ServeCommand;
import dev.tailor.app.wiring.Wiring;
import dev.tailor.core.store.Store;
import dev.tailor.ingest.ImportOptions;
import dev.tailor.ingest.ImportReport;
import dev.tailor.insights.datacheck.DataCheckReport;
import dev.tailor.sim.SimConfig;
import dev.tailor.sim.SimSummary;
import dev.tailor.web.auth.Passwords;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code tailor demo}: the main job on embedded defaults. Generates a synthetic shop whose history
 * ends today, imports it, checks it, and shows the bestsellers and a few customers' histories.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Generate a sample fashion shop, import it into the store (SQLite under ./tailor-data by"
          + " default), run the data check, and show the bestsellers and a few customers'"
          + " histories.",
      "Running it again re-imports the same shop and stores nothing twice.",
      "Then serves the dashboard (and API) until Ctrl-C, printing the first login once;"
          + " --no-serve returns instead."
    })
public final class DemoCommand extends TailorSubcommand implements Callable<Integer> {
  @Option(
      names = "--no-serve",
      description = "Return after the summary instead of serving the dashboard.")
  private boolean noServe;

  @Option(
      names = "--dir",
      paramLabel = "DIR",
      description = "Where to write the sample shop (default ./tailor-data/demo-shop).")
  private Path dir = Path.of("tailor-data", "demo-shop");

  @Option(names = "--customers", paramLabel = "N", description = "Customers (default 2000).")
  private int customers = SimConfig.DEFAULT_CUSTOMERS;

  @Option(names = "--products", paramLabel = "M", description = "Products (default 400).")
  private int products = SimConfig.DEFAULT_PRODUCTS;

  @Option(names = "--seed", paramLabel = "S", description = "Random seed (default 42).")
  private long seed = SimConfig.DEFAULT_SEED;

  @Option(
      names = "--port",
      paramLabel = "PORT",
      description = "Port of the dashboard served at the end (default 7070).")
  private int port = dev.tailor.web.WebSettings.DEFAULT_PORT;

  /** Serves the dashboard on the demo's store; prints the first login when it creates one. */
  private void serve(Wiring wiring, Output out) {
    java.time.Clock clock = root().context().clock();
    Optional<String> password;
    try (Store store = wiring.openStore()) {
      password = FirstUser.ensure(store, clock, new Passwords());
    }
    out.line("6. Serving the dashboard at http://127.0.0.1:" + port + "/");
    if (password.isPresent()) {
      out.line(
          "   Sign in as "
              + FirstUser.USERNAME
              + " with password "
              + password.get()
              + " (shown once; `tailor admin create` adds users).");
    } else {
      out.line("   Sign in with your dashboard user (`tailor admin create` adds users).");
    }
    try {
      ServeCommand.serveUntilStopped(
          wiring,
          dev.tailor.web.WebSettings.defaults().withPort(port),
          java.nio.file.Files.isDirectory(dir.resolve("strategies"))
              ? dir.resolve("strategies")
              : ServeCommand.defaultStrategies(),
          out,
          clock,
          root().context().env());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public Integer call() {
    TailorConfig config = root().config();
    Output out = root().output();
    Wiring wiring = new Wiring(config);
    LocalDate today = LocalDate.now(root().context().clock().withZone(ZoneOffset.UTC));
    SimConfig sim =
        new SimConfig(
            customers,
            products,
            SimConfig.DEFAULT_DAYS,
            seed,
            today.atStartOfDay().toInstant(ZoneOffset.UTC));

    out.line("1. Generating a sample fashion shop");
    SimSummary generated = GenerateCommand.generate(sim, dir, out);
    GenerateCommand.print(generated, out);

    try (Store store = wiring.openStore()) {
      out.line("");
      out.line("2. Importing it into " + store.describe());
      ImportOptions options =
          ImportOptions.defaults()
              .withBatchSize(config.importing().batchSize())
              .withMaxRejectsInReport(config.importing().rejectsShown());
      ImportReport imported = ImportCommand.run(store, dir, options, out);
      ImportCommand.printReport(imported, out);

      out.line("");
      out.line("3. Checking the data");
      DataCheckReport check = wiring.dataCheck().run(store);
      DataCheckText.print(check, store.describe(), out);

      out.line("");
      out.line("4. Bestsellers of the last 30 days");
      List<Showcase.Bestseller> best = Showcase.bestsellers(store, 30, 10);
      Showcase.printBestsellers(best, out);

      out.line("");
      out.line("5. A few customers and what they did (newest first)");
      List<Showcase.History> histories = Showcase.histories(store, 3, 8);
      Showcase.printHistories(histories, out);

      out.line("");
      out.line("6. Running the weekly-picks campaign (AI strategy vs bestsellers, 10 % holdout)");
      DemoCampaign.Result campaign =
          DemoCampaign.run(config, wiring, store, root().context().clock(), dir, out);
      DemoCampaign.print(campaign, out);

      if (out.json()) {
        out.printJson(new DemoResult(generated, imported, check, best, histories, campaign));
      }
    }
    out.line("");
    out.note(String.format(Locale.ROOT, "demo finished; data in %s", config.store().url()));
    if (!noServe) {
      serve(wiring, out);
    }
    return 0;
  }

  /** Everything the demo did, for {@code --json}. */
  record DemoResult(
      SimSummary generated,
      ImportReport imported,
      DataCheckReport dataCheck,
      List<Showcase.Bestseller> bestsellers,
      List<Showcase.History> customers,
      DemoCampaign.Result campaign) {}
}
