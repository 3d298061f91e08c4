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
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Recommendations at request time. The model is watched by a {@link ModelWatcher}: a newer snapshot
 * is loaded in the background and swapped in atomically, without a restart. A customer's recent
 * events come from a {@link CustomerCache} (the store on a miss); an event tracked through the API
 * drops that customer's entry, so what they did a moment ago (views, carts, purchases) shapes the
 * next answer: item-based sources are seeded from it, ALS folds it in, and purchased items are
 * excluded. Tracked events also feed the live trending counters ({@link LiveTrends}).
 *
 * <p>When a snapshot is swapped in, every customer's model-only answer is computed ahead on a
 * background thread ({@link Precompute}); a request then only looks it up, unless one of the
 * customer's events was tracked since the store was read (then it is computed as above).
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
  private final PrecomputedAnswers precomputed = new PrecomputedAnswers();
  private final ExecutorService precomputing =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread t = new Thread(r, "tailor-precompute");
            t.setDaemon(true);
            t.setPriority(Thread.MIN_PRIORITY);
            return t;
          });
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
    watcher.onSwap(this::precompute);
    watcher.onTick(trends::refresh);
    watcher.onTick(strategies::refresh);
  }

  @Override
  public Recommendation recommend(String customerId, Optional<String> strategy, int n) {
    if (strategy.isPresent()) {
      return decide(customerId, strategy.get(), n);
    }
    ModelWatcher.Loaded m = watcher.get();
    if (n <= KEPT_N) {
      Optional<Recommendations> ready = precomputed.find(m, customerId);
      if (ready.isPresent()) {
        return present(m, ready.get(), n);
      }
    }
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
    return present(m, recommender.recommend(history, n, Exclusion.PURCHASED), n);
  }

  /** {@code r} in the API's shape, cut to {@code n} items, with the catalog's titles. */
  private Recommendation present(ModelWatcher.Loaded m, Recommendations r, int n) {
    Map<String, Product> products = catalog();
    List<Recommendation.Item> items = new ArrayList<>(Math.min(n, r.items().size()));
    for (dev.tailor.reco.recommend.Recommendation i : r.items()) {
      if (items.size() == n) {
        break;
      }
      Product p = products.get(i.productId());
      items.add(
          new Recommendation.Item(
              i.productId(), p == null ? "" : p.title().orElse(""), i.score(), r.servedBy(), ""));
    }
    List<String> notes = new ArrayList<>();
    r.note().ifPresent(notes::add);
    return new Recommendation(
        r.customerId(),
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
    Set<String> anonymous = null;
    for (Event e : events) {
      String c = e.customerId().orElse(null);
      if (c == null && e.anonymousId().isPresent()) {
        if (anonymous == null) {
          anonymous = new HashSet<>();
        }
        anonymous.add(e.anonymousId().get());
      } else if (c != null && !c.equals(last)) {
        forget(c);
        last = c;
      }
    }
    if (anonymous != null) {
      // an anonymous visitor already linked to a customer: the event is theirs on read
      for (String a : anonymous) {
        store.identities().resolve(a).ifPresent(this::forget);
      }
    }
    trends.add(events);
    strategies.add(events);
  }

  /** What is kept of {@code customerId} no longer holds: their events changed. */
  private void forget(String customerId) {
    precomputed.tracked(customerId);
    cache.drop(customerId);
  }

  /**
   * Computes every customer's answer for {@code m} on the background thread (when its answers do
   * not move with live trending counts and answers are kept at all); a run for an older model stops
   * when a newer one is swapped in.
   */
  private void precompute(ModelWatcher.Loaded m) {
    precomputed.clear();
    if (serving.cacheCustomers() == 0 || trends.follows(m.recommender())) {
      return;
    }
    precomputing.execute(
        () -> {
          if (watcher.current().orElse(null) != m) {
            return;
          }
          long start = System.nanoTime();
          try {
            PrecomputedAnswers.Table t =
                Precompute.run(
                    m,
                    store.events(),
                    precomputed.mark(),
                    KEPT_N,
                    serving.cacheCustomers(),
                    () -> watcher.current().orElse(null) != m);
            precomputed.publish(t);
            LOG.info(
                "precomputed answers of {} customers for {} in {} ms{}",
                t.answers().size(),
                m.version(),
                (System.nanoTime() - start) / 1_000_000,
                t.cold().isPresent()
                    ? ""
                    : " (stopped at tailor.reco.serving.cache-customers; others computed on"
                        + " request)");
          } catch (CancellationException e) {
            LOG.info("precomputing answers for {} stopped: {}", m.version(), e.getMessage());
          } catch (RuntimeException e) {
            LOG.warn(
                "precomputing answers for {} failed (answers are computed on request): {}",
                m.version(),
                e.toString());
          }
        });
  }

  /** The answer precomputed for {@code customerId} that holds now, if any. */
  Optional<Recommendations> precomputedAnswer(String customerId) {
    return watcher.current().flatMap(m -> precomputed.find(m, customerId));
  }

  /** Customers whose answers are precomputed for the model serving now. */
  int precomputedCustomers() {
    return precomputed.size();
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
    precomputing.shutdownNow();
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
