package dev.tailor.app.strategy;

import dev.tailor.app.cli.Output;
import dev.tailor.app.config.TailorConfig;
import dev.tailor.app.wiring.Wiring;
import dev.tailor.campaign.pipeline.SentClickFeedback;
import dev.tailor.core.ErrorCode;
import dev.tailor.core.TailorException;
import dev.tailor.core.catalog.Product;
import dev.tailor.core.customer.Customer;
import dev.tailor.core.decision.Decision;
import dev.tailor.core.decision.DecisionItem;
import dev.tailor.core.decision.SlotDecision;
import dev.tailor.core.event.Event;
import dev.tailor.core.store.Store;
import dev.tailor.reco.model.TrainingData;
import dev.tailor.strategy.decide.DecisionEngine;
import dev.tailor.strategy.decide.FillReport;
import dev.tailor.strategy.explore.ClickFeedback;
import dev.tailor.strategy.rules.ShownItems;
import dev.tailor.strategy.source.ModelSet;
import dev.tailor.strategy.spec.StrategyParser;
import dev.tailor.strategy.spec.StrategySpec;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Runs a strategy from the command line. The strategy file is checked before the store is opened;
 * the models its slots need are the latest snapshots, cheap missing ones trained on the fly.
 */
public final class StrategyRun {
  /** What {@code tailor recommend --strategy} was asked. */
  public record Request(
      Path strategy, String customer, boolean all, Path out, boolean dryRun, int threads) {}

  private final TailorConfig config;
  private final Output output;
  private final Clock clock;

  public StrategyRun(TailorConfig config, Output output, Clock clock) {
    this.config = config;
    this.output = output;
    this.clock = clock;
  }

  public int run(Request r) {
    StrategySpec spec = StrategyParser.parse(r.strategy());
    if (r.all() && r.out() == null && !r.dryRun()) {
      throw new TailorException(
          ErrorCode.BAD_INPUT, "--all --strategy needs --out FILE or --dry-run");
    }
    Wiring wiring = new Wiring(config);
    try (Store store = wiring.openStore()) {
      ModelSet models =
          ModelSet.load(
              wiring.snapshots(),
              spec.algorithms(),
              Optional.of(
                  () ->
                      TrainingData.fromStore(
                          store, config.reco().weights(), config.reco().window())),
              output::note);
      Map<String, Product> catalog = new HashMap<>();
      store.products().forEach(p -> catalog.put(p.id(), p));
      // click feedback for Thompson sampling and arms: shows and human clicks of every message
      // sent in the window, read once, and only for a strategy that uses them
      DecisionEngine engine =
          new DecisionEngine(
              spec,
              models,
              catalog,
              new DecisionEngine.Settings(
                  clock,
                  ShownItems.NONE,
                  spec.usesClickFeedback()
                      ? SentClickFeedback.load(store, clock.instant())
                      : ClickFeedback.NONE,
                  0));
      if (r.all()) {
        return new AudienceRun(store, engine, output).run(r);
      }
      Optional<Customer> customer = store.customers().findById(r.customer());
      List<Event> events = store.events().recentForCustomer(r.customer(), 1_000);
      if (customer.isEmpty() && events.isEmpty()) {
        output.note("customer " + r.customer() + " is not in the store; deciding from no history");
      }
      Decision d = engine.decide(r.customer(), customer.flatMap(Customer::firstName), events);
      if (r.dryRun()) {
        FillReport report = new FillReport();
        report.add(d);
        printReport(report, output);
      } else if (output.json()) {
        output.printJson(d);
      } else {
        print(d, catalog, output);
      }
    }
    return 0;
  }

  static void printReport(FillReport report, Output output) {
    if (output.json()) {
      output.printJson(report.toMap());
      return;
    }
    output.line(String.format(Locale.ROOT, "Dry run over %,d decisions", report.decisions()));
    output.printTable(report.rows());
  }

  private static void print(Decision d, Map<String, Product> catalog, Output out) {
    out.line(
        "Decision for "
            + d.customerId()
            + " by strategy "
            + d.strategy()
            + " (goal "
            + d.goal()
            + ")");
    for (SlotDecision s : d.slots()) {
      out.line("");
      out.line(
          s.slot()
              + (s.label().isEmpty() ? "" : " — " + s.label())
              + " ("
              + s.items().size()
              + "/"
              + s.requested()
              + ")");
      s.shortfall().ifPresent(w -> out.line("  short: " + w));
      List<List<String>> rows = new ArrayList<>();
      rows.add(
          List.of(
              "#", "product", "title", "score", "algorithm", "rule/fallback", "propensity", "why"));
      for (DecisionItem i : s.items()) {
        Product p = catalog.get(i.productId());
        List<String> shaping = new ArrayList<>(i.rules());
        i.fallback().ifPresent(f -> shaping.add("fallback:" + f));
        rows.add(
            List.of(
                Integer.toString(i.position()),
                i.productId(),
                p == null ? "" : p.title().orElse(""),
                String.format(Locale.ROOT, "%.4f", i.score()),
                i.algorithm(),
                String.join(" ", shaping),
                String.format(Locale.ROOT, "%.3f", i.propensity()),
                i.explanation()));
      }
      out.printTable(rows);
    }
  }
}
