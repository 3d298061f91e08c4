package dev.tailor.strategy.decide;

import dev.tailor.core.catalog.Product;
import dev.tailor.core.decision.Decision;
import dev.tailor.core.decision.DecisionItem;
import dev.tailor.core.decision.SlotDecision;
import dev.tailor.core.event.Event;
import dev.tailor.strategy.diversity.SimilarityIndex;
import dev.tailor.strategy.explain.Labels;
import dev.tailor.strategy.explore.ArmChooser;
import dev.tailor.strategy.explore.ClickFeedback;
import dev.tailor.strategy.explore.Explorer;
import dev.tailor.strategy.items.ItemTable;
import dev.tailor.strategy.rules.CompiledRules;
import dev.tailor.strategy.rules.CustomerFacts;
import dev.tailor.strategy.rules.Marks;
import dev.tailor.strategy.rules.RuleSet;
import dev.tailor.strategy.rules.ShownItems;
import dev.tailor.strategy.source.CandidateSource;
import dev.tailor.strategy.source.ModelSet;
import dev.tailor.strategy.source.Shopper;
import dev.tailor.strategy.spec.Seed;
import dev.tailor.strategy.spec.SlotKind;
import dev.tailor.strategy.spec.SlotSpec;
import dev.tailor.strategy.spec.StrategySpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Makes one {@link Decision} per recipient from a strategy. Thread-safe: one engine serves many
 * threads. Decisions are reproducible: exploration draws from a random seeded by the engine seed,
 * the customer, the slot and the decision day.
 */
public final class DecisionEngine {
  private final StrategySpec spec;
  private final Map<String, Product> catalog;
  private final Settings settings;
  private final List<SlotFiller> fillers = new ArrayList<>();
  private final double medianPrice;
  private final ItemTable table;
  private final Optional<Duration> emailedWindow;
  private final ThreadLocal<Marks> marks;
  private final CandidateSource source;
  private volatile DayRules dayRules;

  /**
   * What a decision depends on besides the strategy, models and catalog.
   *
   * @param clock the decision time (availability windows, seasons, recency windows)
   * @param shown what was emailed to whom (for {@code exclude_emailed})
   * @param feedback shows and clicks per item and per algorithm (for Thompson sampling)
   * @param seed seeds exploration
   */
  public record Settings(Clock clock, ShownItems shown, ClickFeedback feedback, long seed) {
    public Settings {
      Objects.requireNonNull(clock, "clock");
      Objects.requireNonNull(shown, "shown");
      Objects.requireNonNull(feedback, "feedback");
    }

    public static Settings of(Clock clock) {
      return new Settings(clock, ShownItems.NONE, ClickFeedback.NONE, 0);
    }
  }

  public DecisionEngine(
      StrategySpec spec, ModelSet models, Map<String, Product> catalog, Settings settings) {
    this.spec = Objects.requireNonNull(spec, "spec");
    this.catalog = java.util.Collections.unmodifiableMap(new HashMap<>(catalog));
    this.settings = Objects.requireNonNull(settings, "settings");
    this.table = new ItemTable(this.catalog.values());
    this.source = new CandidateSource(models, table);
    SlotFiller.Engine shared = new SlotFiller.Engine(source, table, new SimilarityIndex(table));
    Map<List<Object>, Integer> poolIds = new HashMap<>();
    for (SlotSpec s : spec.slots()) {
      int[] ids = new int[s.fallbacks().size()];
      for (int k = 0; k < ids.length; k++) {
        List<Object> key =
            List.of(s.fallbacks().get(k).source(), s.rules(), want(s), s.kind(), s.contentType());
        ids[k] = poolIds.computeIfAbsent(key, x -> poolIds.size());
      }
      fillers.add(
          new SlotFiller(
              s,
              spec.diversity(),
              spec.goal(),
              shared,
              new Explorer(s.exploration(), settings.feedback()),
              ids,
              s.arms().isEmpty()
                  ? null
                  : new ArmChooser(
                      s.arms(), settings.feedback(), settings.seed() * 31 + s.id().hashCode())));
    }
    double[] prices =
        this.catalog.values().stream()
            .filter(p -> p.price().isPresent())
            .mapToDouble(p -> p.price().get().doubleValue())
            .sorted()
            .toArray();
    this.medianPrice = prices.length == 0 ? 0 : prices[prices.length / 2];
    this.emailedWindow =
        spec.slots().stream()
            .map(s -> s.rules().excludeEmailed())
            .flatMap(Optional::stream)
            .max(Duration::compareTo);
    this.marks = ThreadLocal.withInitial(() -> new Marks(table));
  }

  /** How many candidates that pass the rules a slot reads from one source (see SlotFiller). */
  private static int want(SlotSpec s) {
    return s.count() * 3 + s.exploration().pool();
  }

  /** Each slot's compiled rules for one UTC day (seasonal rules change by the day). */
  private record DayRules(long day, CompiledRules[] slots) {}

  private DayRules rulesFor(Instant now) {
    long day = Math.floorDiv(now.getEpochSecond(), 86_400L);
    DayRules d = dayRules;
    if (d != null && d.day() == day) {
      return d;
    }
    synchronized (this) {
      d = dayRules;
      if (d == null || d.day() != day) {
        CompiledRules[] slots = new CompiledRules[fillers.size()];
        for (int k = 0; k < slots.length; k++) {
          SlotSpec s = fillers.get(k).slot();
          slots[k] =
              new CompiledRules(
                  new RuleSet(s.rules(), now, medianPrice), table, p -> rightType(s, p));
        }
        d = new DayRules(day, slots);
        dayRules = d;
      }
      return d;
    }
  }

  private static boolean rightType(SlotSpec s, Product p) {
    String type = p.attributes().getOrDefault("type", "product");
    return s.kind() == SlotKind.PRODUCT ? type.equals("product") : type.equals(s.contentType());
  }

  public StrategySpec spec() {
    return spec;
  }

  public Map<String, Product> catalog() {
    return catalog;
  }

  /** The decision for one customer from their events (any order; other customers' are ignored). */
  public Decision decide(String customerId, Optional<String> firstName, List<Event> events) {
    Instant now = settings.clock().instant();
    CustomerFacts facts = CustomerFacts.of(customerId, firstName, events, catalog);
    Map<String, Instant> shown =
        emailedWindow.isEmpty()
            ? Map.of()
            : settings.shown().shownSince(customerId, now.minus(emailedWindow.get()));
    Marks m = marks.get();
    m.reset(facts, shown);
    DecisionState state = new DecisionState(new Shopper(facts, events, m), shown, now);
    DayRules compiled = rulesFor(now);
    List<SlotDecision> slots = new ArrayList<>();
    long day = now.truncatedTo(ChronoUnit.DAYS).getEpochSecond();
    for (int k = 0; k < fillers.size(); k++) {
      SlotFiller f = fillers.get(k);
      SlotSpec s = f.slot();
      RuleSet rules = new RuleSet(s.rules(), now, medianPrice);
      SplittableRandom random =
          new SplittableRandom(
              settings.seed() * 31 + Objects.hash(spec.name(), customerId, s.id(), day));
      SlotFiller.Filled filled = f.fill(state, rules, compiled.slots()[k], random);
      slots.add(
          new SlotDecision(
              s.id(),
              s.kind().name().toLowerCase(java.util.Locale.ROOT),
              Labels.fill(s.label(), labelValues(s, facts, filled.items()), s.fallbackLabel()),
              s.count(),
              filled.items(),
              filled.shortfall()));
    }
    return new Decision(
        customerId, spec.name(), now, spec.goal().name().toLowerCase(java.util.Locale.ROOT), slots);
  }

  private Map<String, String> labelValues(
      SlotSpec s, CustomerFacts facts, List<DecisionItem> items) {
    Map<String, String> v = new HashMap<>();
    facts.firstName().ifPresent(n -> v.put("customer.first_name", n));
    for (DecisionItem i : items) {
      int at = i.source().indexOf('@');
      if (at >= 0 && i.fallback().isEmpty()) {
        Product seed = catalog.get(i.source().substring(at + 1));
        if (seed != null) {
          v.put("seed.title", seed.title().orElse(seed.id()));
          v.put("seed.category", last(seed.category()));
          break;
        }
      }
    }
    if (s.source().seed() == Seed.PREFERRED_CATEGORY && facts.preferredCategory().isPresent()) {
      v.put(
          "category",
          last(dev.tailor.core.catalog.Product.parseCategory(facts.preferredCategory().get())));
    } else if (!items.isEmpty()) {
      Product p = catalog.get(items.get(0).productId());
      v.put("category", p == null ? "" : last(p.category()));
    }
    return v;
  }

  private static String last(List<String> path) {
    return path.isEmpty() ? "" : path.get(path.size() - 1);
  }
}
