package dev.tailor.app.serve;

import dev.tailor.app.reco.Serving;
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
import dev.tailor.reco.recommend.ProfileBuilder;
import dev.tailor.reco.recommend.Recommendations;
import dev.tailor.reco.recommend.Recommender;
import dev.tailor.web.api.Recommendation;
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
 * Recommendations at request time. Models are loaded once and re-checked every {@link
 * #RECHECK_MILLIS} for a newer snapshot; the customer's events are read from the store on every
 * request, so what they did a moment ago (views, carts, purchases) shapes the answer at once:
 * item-based sources are seeded from it and purchased items are excluded. What a new event cannot
 * change without training again: ALS factors, co-purchase pairs, trending counts, and whether a
 * brand-new product can be recommended at all.
 */
public final class LiveRecommendations implements RecommendationService {
  /** How often the snapshot folder is checked for newer models. */
  public static final long RECHECK_MILLIS = 10_000;

  /** Events of a customer read per request. */
  static final int HISTORY = 1_000;

  private static final Logger LOG = LoggerFactory.getLogger(LiveRecommendations.class);

  private record Loaded(
      Serving serving, Recommender recommender, ProfileBuilder profiles, String version) {}

  private final Wiring wiring;
  private final Store store;
  private final WeightScheme weights;
  private final StrategyEngines strategies;
  private final Object lock = new Object();
  private volatile Loaded loaded;
  private volatile long nextCheck;
  private volatile Map<String, Product> catalog;

  public LiveRecommendations(Wiring wiring, Store store, StrategyFolder folder, Clock clock) {
    this.wiring = wiring;
    this.store = store;
    this.weights = wiring.config().reco().weights();
    this.strategies = new StrategyEngines(wiring, store, folder, clock, this::catalog);
  }

  @Override
  public Recommendation recommend(String customerId, Optional<String> strategy, int n) {
    if (strategy.isPresent()) {
      return decide(customerId, strategy.get(), n);
    }
    Loaded m = model();
    CustomerHistory history =
        m.profiles().fromStore(store.events(), customerId, HISTORY, m.serving().reference());
    Recommendations r = m.recommender().recommend(history, n, Exclusion.PURCHASED);
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

  private Recommendation decide(String customerId, String name, int n) {
    StrategyEngines.PublicEngine e = strategies.get(name);
    Optional<Customer> customer = store.customers().findById(customerId);
    List<Event> events = store.events().recentForCustomer(customerId, HISTORY);
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
   * Loads the latest model and the catalog now, so the first requests do not wait for them; does
   * nothing but log when no model is trained yet (requests then answer 404 until one is).
   */
  public void warm() {
    catalog();
    try {
      model();
    } catch (TailorException e) {
      LOG.warn("no model to serve yet: {}", e.getMessage());
    }
  }

  @Override
  public Optional<Instant> modelCreatedAt() {
    Loaded m = loaded;
    return m == null ? Optional.empty() : Optional.of(m.serving().header().createdAt());
  }

  @Override
  public void catalogChanged() {
    catalog = null;
    strategies.catalogChanged();
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

  private Loaded model() {
    Loaded m = loaded;
    long now = System.currentTimeMillis();
    if (m != null && now < nextCheck) {
      return m;
    }
    synchronized (lock) {
      m = loaded;
      if (m != null && now < nextCheck) {
        return m;
      }
      nextCheck = now + RECHECK_MILLIS;
      Optional<String> newest = newestVersion();
      if (m == null || newest.isPresent() && !newest.get().equals(m.version())) {
        Serving s = Serving.load(wiring, null);
        m = new Loaded(s, s.recommender(store), s.profiles(weights), s.describe());
        LOG.info("serving recommendations from {}", m.version());
        loaded = m;
      }
      return m;
    }
  }

  private Optional<String> newestVersion() {
    return wiring.snapshots().list().stream()
        .filter(i -> i.header().isPresent())
        .max(java.util.Comparator.comparing(i -> i.header().get().createdAt()))
        .map(i -> i.algorithm() + " " + i.version());
  }

  static TailorException notFound(String message) {
    return new TailorException(ErrorCode.NOT_FOUND, message);
  }
}
