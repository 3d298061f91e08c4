package dev.tailor.app.serve;

import dev.tailor.app.config.ServingConfig;
import dev.tailor.app.wiring.Wiring;
import dev.tailor.core.ErrorCode;
import dev.tailor.core.TailorException;
import dev.tailor.core.catalog.Product;
import dev.tailor.core.customer.Customer;
import dev.tailor.core.decision.Decision;
import dev.tailor.core.decision.DecisionItem;
import dev.tailor.core.decision.SlotDecision;
import dev.tailor.core.event.Event;
import dev.tailor.core.store.Store;
import dev.tailor.reco.data.WeightScheme;
import dev.tailor.reco.recommend.CustomerHistory;
import dev.tailor.reco.recommend.Exclusion;
import dev.tailor.reco.recommend.Recommendations;
import dev.tailor.reco.recommend.Recommender;
import dev.tailor.web.api.Recommendation;
import dev.tailor.web.api.RecommendationLimits;
import dev.tailor.web.api.RecommendationService;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Recommendations at request time. The model is watched by a {@link ModelWatcher}: a newer snapshot
 * is loaded in the background and swapped in atomically, without a restart. A customer's recent
 * events come from a {@link CustomerCache} (the store on a miss); an event tracked through the API
 * drops that customer's entry, so what they did a moment ago (views, carts, purchases) shapes the
 * next answer: item-based sources are seeded from it, ALS folds it in, and purchased items are
 * excluded. Tracked events also feed the live trending counters ({@link LiveTrends}).
 */
public final class LiveRecommendations implements RecommendationService, AutoCloseable {
  /** Events of a customer read per request. */
  static final int HISTORY = 1_000;

  /** Items computed (and kept) per model-only answer, so n up to this is served from memory. */
  static final int KEPT_N = 20;

  private static final Logger LOG = LoggerFactory.getLogger(LiveRecommendations.class);

  private final Store store;
  private final ServingConfig serving;
  private final StrategyEngines strategies;
  private final ModelWatcher watcher;
  private final CustomerCache cache;
  private final LiveTrends trends;
  private final Object lock = new Object();
  private volatile Map<String, Product> catalog;

  public LiveRecommendations(Wiring wiring, Store store, StrategyFolder folder, Clock clock) {
    this.store = store;
    this.serving = wiring.config().reco().serving();
    WeightScheme weights = wiring.config().reco().weights();
    this.watcher = new ModelWatcher(wiring, store, weights);
    this.cache = new CustomerCache(serving.cacheCustomers(), serving.cacheTtl(), System::nanoTime);
    this.trends = new LiveTrends(weights, clock);
    this.strategies = new StrategyEngines(wiring, store, folder, clock, this::catalog);
    watcher.onSwap(m -> trends.follow(m.recommender()));
    watcher.onSwap(m -> strategies.modelsChanged());
    watcher.onTick(trends::refresh);
  }

  @Override
  public Recommendation recommend(String customerId, Optional<String> strategy, int n) {
    if (strategy.isPresent()) {
      return decide(customerId, strategy.get(), n);
    }
    ModelWatcher.Loaded m = watcher.get();
    String version = m.version() + "#" + trends.round();
    CustomerCache.Entry seen = cache.seen(customerId);
    boolean usable = cache.usable(seen);
    if (usable) {
      Optional<Recommendation> kept = seen.answer(version, n);
      if (kept.isPresent()) {
        return cut(kept.get(), n);
      }
    }
    CustomerCache.Entry entry =
        usable
            ? seen
            : cache.fresh(store.events().recentForCustomer(customerId, HISTORY), Optional.empty());
    int want = Math.max(n, KEPT_N);
    Recommendation r = modelAnswer(m, customerId, entry.events, want);
    cache.offer(customerId, seen, entry.withAnswer(r, want, version));
    return cut(r, n);
  }

  private Recommendation modelAnswer(
      ModelWatcher.Loaded m, String customerId, List<Event> events, int n) {
    CustomerHistory history = m.profiles().fromEvents(customerId, events, m.serving().reference());
    Recommender recommender = trends.live(m.recommender());
    Recommendations r = recommender.recommend(history, n, Exclusion.PURCHASED);
    Map<String, Product> products = catalog();
    List<Recommendation.Item> items = new ArrayList<>();
    for (dev.tailor.reco.recommend.Recommendation i : r.items()) {
      Product p = products.get(i.productId());
      items.add(
          new Recommendation.Item(
              i.productId(), p == null ? "" : p.title().orElse(""), i.score(), r.servedBy(), ""));
    }
    List<String> notes = new ArrayList<>();
    r.note().ifPresent(notes::add);
    return new Recommendation(
        customerId,
        Optional.empty(),
        List.of(m.version()),
        Optional.of(m.serving().header().createdAt()),
        List.of(new Recommendation.Slot("recommended", "Recommended", items, Optional.empty())),
        notes);
  }

  /** The answer with each slot cut to {@code n} items. */
  private static Recommendation cut(Recommendation r, int n) {
    List<Recommendation.Slot> slots = new ArrayList<>(r.slots().size());
    for (Recommendation.Slot s : r.slots()) {
      slots.add(
          s.items().size() <= n
              ? s
              : new Recommendation.Slot(
                  s.name(), s.label(), s.items().subList(0, n), s.shortfall()));
    }
    return new Recommendation(
        r.customerId(), r.strategy(), r.models(), r.modelCreatedAt(), slots, r.notes());
  }

  @Override
  public void eventsTracked(List<Event> events) {
    String last = null;
    for (Event e : events) {
      String c = e.customerId().orElse(null);
      if (c != null && !c.equals(last)) {
        cache.drop(c);
        last = c;
      }
    }
    trends.add(events);
  }

  @Override
  public RecommendationLimits limits() {
    return serving.limits();
  }

  private Recommendation decide(String customerId, String name, int n) {
    StrategyEngines.PublicEngine e = strategies.get(name);
    CustomerCache.Entry seen = cache.seen(customerId);
    CustomerCache.Entry entry =
        cache.usable(seen)
            ? seen
            : cache.fresh(store.events().recentForCustomer(customerId, HISTORY), null);
    if (entry.customer == null) {
      entry = entry.withCustomer(store.customers().findById(customerId));
    }
    if (entry != seen) {
      cache.offer(customerId, seen, entry);
    }
    Optional<Customer> customer = entry.customer;
    List<Event> events = entry.events;
    Decision d = e.engine().decide(customerId, customer.flatMap(Customer::firstName), events);
    List<String> notes = new ArrayList<>();
    if (customer.isEmpty() && events.isEmpty()) {
      notes.add("customer " + customerId + " is not in the store; decided from no history");
    }
    return toRecommendation(
        d, Optional.of(name), e.models(), e.newest(), n, e.engine().catalog(), notes);
  }

  /** A decision in the API's shape, each slot cut to {@code n} items. */
  public static Recommendation toRecommendation(
      Decision d,
      Optional<String> strategy,
      List<String> models,
      Optional<Instant> newest,
      int n,
      Map<String, Product> catalog,
      List<String> notes) {
    List<Recommendation.Slot> slots = new ArrayList<>();
    for (SlotDecision s : d.slots()) {
      List<Recommendation.Item> items = new ArrayList<>();
      for (DecisionItem i : s.items()) {
        if (items.size() >= n) {
          break;
        }
        Product p = catalog.get(i.productId());
        items.add(
            new Recommendation.Item(
                i.productId(),
                p == null ? "" : p.title().orElse(""),
                i.score(),
                i.algorithm(),
                i.explanation()));
      }
      slots.add(new Recommendation.Slot(s.slot(), s.label(), items, s.shortfall()));
    }
    return new Recommendation(d.customerId(), strategy, models, newest, slots, notes);
  }

  /** The strategy engines, shared with the dashboard's previews. */
  StrategyEngines strategies() {
    return strategies;
  }

  /**
   * Loads the latest model and the catalog now, so the first requests do not wait for them, and
   * starts watching for newer snapshots; logs when no model is trained yet (requests then answer
   * 404 until one is, and the watcher picks it up).
   */
  public void warm() {
    catalog();
    try {
      watcher.get();
    } catch (TailorException e) {
      LOG.warn("no model to serve yet: {}", e.getMessage());
    }
    watcher.start(serving.modelPoll());
  }

  @Override
  public Optional<Instant> modelCreatedAt() {
    return watcher.current().map(m -> m.serving().header().createdAt());
  }

  @Override
  public void catalogChanged() {
    catalog = null;
    cache.clear();
    strategies.catalogChanged();
  }

  /** Stops watching for models. */
  @Override
  public void close() {
    watcher.close();
  }

  /** The catalog in memory, read again after a change. */
  Map<String, Product> catalog() {
    Map<String, Product> c = catalog;
    if (c == null) {
      synchronized (lock) {
        c = catalog;
        if (c == null) {
          Map<String, Product> read = new HashMap<>();
          store.products().forEach(p -> read.put(p.id(), p));
          c = Map.copyOf(read);
          catalog = c;
        }
      }
    }
    return c;
  }

  static TailorException notFound(String message) {
    return new TailorException(ErrorCode.NOT_FOUND, message);
  }
}
