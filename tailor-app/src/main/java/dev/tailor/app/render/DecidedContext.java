package dev.tailor.app.render;

import dev.tailor.app.cli.Output;
import dev.tailor.app.config.TailorConfig;
import dev.tailor.app.wiring.Wiring;
import dev.tailor.core.catalog.Product;
import dev.tailor.core.customer.Customer;
import dev.tailor.core.decision.Decision;
import dev.tailor.core.event.Event;
import dev.tailor.core.store.Store;
import dev.tailor.reco.model.TrainingData;
import dev.tailor.render.decision.DecisionAdapter;
import dev.tailor.render.model.EmailContext;
import dev.tailor.strategy.decide.DecisionEngine;
import dev.tailor.strategy.source.ModelSet;
import dev.tailor.strategy.spec.StrategyParser;
import dev.tailor.strategy.spec.StrategySpec;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Fills a template from a strategy's decision ({@code preview --strategy F}): the strategy file is
 * checked first, the models its slots need are the latest snapshots (cheap missing ones trained on
 * the fly), and {@link DecisionAdapter} turns the decision into the render input.
 */
final class DecidedContext {
  private final DecisionEngine engine;
  private final Map<String, Product> catalog;
  private final Store store;
  private final Output output;

  private DecidedContext(
      DecisionEngine engine, Map<String, Product> catalog, Store store, Output output) {
    this.engine = engine;
    this.catalog = catalog;
    this.store = store;
    this.output = output;
  }

  /** Checks the strategy file before anything else; throws with file and line when it is bad. */
  static StrategySpec parse(Path strategy) {
    return StrategyParser.parse(strategy);
  }

  static DecidedContext open(
      StrategySpec spec, TailorConfig config, Wiring wiring, Store store, Clock clock, Output out) {
    ModelSet models =
        ModelSet.load(
            wiring.snapshots(),
            spec.algorithms(),
            Optional.of(
                () ->
                    TrainingData.fromStore(store, config.reco().weights(), config.reco().window())),
            out::note);
    Map<String, Product> catalog = new HashMap<>();
    store.products().forEach(p -> catalog.put(p.id(), p));
    DecisionEngine engine =
        new DecisionEngine(spec, models, catalog, DecisionEngine.Settings.of(clock));
    return new DecidedContext(engine, catalog, store, out);
  }

  /** The decision for this customer, adapted to the render input. */
  EmailContext context(String customerId, String campaign, String messageId) {
    Optional<Customer> found = store.customers().findById(customerId);
    List<Event> events = store.events().recentForCustomer(customerId, 1_000);
    if (found.isEmpty()) {
      output.note(
          "customer " + customerId + " is not in the store; deciding from no history (fallbacks)");
    }
    Customer customer = found.orElse(Customer.of(customerId));
    Decision d = engine.decide(customerId, customer.firstName(), events);
    return DecisionAdapter.toEmailContext(d, customer, catalog, campaign, messageId);
  }
}
