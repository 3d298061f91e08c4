package dev.tailor.app.serve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tailor.app.cli.CliRun;
import dev.tailor.app.config.ConfigLoader;
import dev.tailor.app.wiring.Wiring;
import dev.tailor.core.event.Event;
import dev.tailor.core.event.EventType;
import dev.tailor.core.identity.IdentityLink;
import dev.tailor.core.store.Store;
import dev.tailor.testkit.FixedClock;
import dev.tailor.web.api.Recommendation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Answers precomputed when a model is loaded are the answers a request computes from the store, and
 * a tracked event of a customer (or of an anonymous visitor linked to them) voids theirs at once.
 * Compared against a second service that keeps nothing (cache-customers 0), on the same store and
 * model.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PrecomputedAnswersTest {
  private static final long WAIT_MILLIS = 60_000;

  Path dir;
  Store store;
  LiveRecommendations live;
  LiveRecommendations computed;

  @BeforeAll
  void shopWithAnAlsModel() throws IOException, InterruptedException {
    dir = Files.createTempDirectory("tailor-precompute");
    Path shop = dir.resolve("shop");
    Map<String, String> env = new HashMap<>();
    env.put("TAILOR_DB_URL", "jdbc:sqlite:" + dir.resolve("tailor.db"));
    env.put("TAILOR_RECO_MODELS_DIR", dir.resolve("models").toString());
    env.put("TAILOR_RECO_SERVING_MODEL_POLL_SECONDS", "0");
    ok(CliRun.of("generate", "--out", shop.toString(), "--customers", "200", "--products", "90"));
    ok(CliRun.withEnv(env, "import", "--dir", shop.toString(), "--rejects", dir + "/r.csv"));
    ok(CliRun.withEnv(env, "train", "--algorithm", "als", "--no-eval"));
    Wiring wiring = new Wiring(new ConfigLoader(env).load(Optional.empty()));
    Map<String, String> keepNothing = new HashMap<>(env);
    keepNothing.put("TAILOR_RECO_SERVING_CACHE_CUSTOMERS", "0");
    store = wiring.openStore();
    StrategyFolder folder = new StrategyFolder(Files.createDirectories(dir.resolve("strategies")));
    FixedClock clock = FixedClock.at(CliRun.NOW);
    live = new LiveRecommendations(wiring, store, folder, clock);
    computed =
        new LiveRecommendations(
            new Wiring(new ConfigLoader(keepNothing).load(Optional.empty())), store, folder, clock);
    live.warm();
    computed.warm();
    long end = System.currentTimeMillis() + WAIT_MILLIS;
    while (live.precomputedCustomers() == 0 && System.currentTimeMillis() < end) {
      Thread.sleep(50);
    }
  }

  @AfterAll
  void stop() {
    if (live != null) {
      live.close();
      computed.close();
    }
    if (store != null) {
      store.close();
    }
  }

  private static CliRun ok(CliRun run) {
    assertThat(run.exitCode()).as(run.err()).isZero();
    return run;
  }

  private List<String> customersWithEvents() {
    Set<String> out = new HashSet<>();
    store
        .events()
        .scanByCustomer(Set.of(EventType.values()), (customer, events) -> out.add(customer));
    return out.stream().sorted().toList();
  }

  private static List<String> products(Recommendation r) {
    List<String> out = new ArrayList<>();
    r.slots().get(0).items().forEach(i -> out.add(i.productId()));
    return out;
  }

  private Event event(String id, EventType type, String customer, String anonymous, String p) {
    Event.Builder b = Event.builder(id, type, Instant.parse("2026-11-26T09:59:00Z")).productId(p);
    if (type == EventType.ORDER_COMPLETED) {
      b.orderId("o-" + id);
    }
    if (customer != null) {
      b.customerId(customer);
    } else {
      b.anonymousId(anonymous);
    }
    return b.build();
  }

  @Test
  @Order(1)
  void everyCustomersPrecomputedAnswerEqualsTheAnswerComputedFromTheStore() {
    List<String> customers = customersWithEvents();
    assertThat(customers).hasSizeGreaterThan(100);
    assertThat(live.precomputedCustomers()).isEqualTo(customers.size());
    List<String> asked = new ArrayList<>(customers);
    asked.add("C9999999");
    for (String c : asked) {
      assertThat(live.precomputedAnswer(c)).as(c).isPresent();
      for (int n : new int[] {1, 10, LiveRecommendations.KEPT_N}) {
        Recommendation served = live.recommend(c, Optional.empty(), n);
        assertThat(served).as(c + " n=" + n).isEqualTo(computed.recommend(c, Optional.empty(), n));
        assertThat(served.slots().get(0).items()).hasSizeLessThanOrEqualTo(n);
      }
    }
  }

  @Test
  @Order(2)
  void aTrackedPurchaseVoidsTheCustomersPrecomputedAnswerAtOnce() {
    String customer = customersWithEvents().get(3);
    assertThat(live.precomputedAnswer(customer)).isPresent();
    List<String> before = products(live.recommend(customer, Optional.empty(), 10));
    String bought = before.get(0);
    Event purchase = event("pre-buy-1", EventType.ORDER_COMPLETED, customer, null, bought);
    store.events().appendAll(List.of(purchase));
    live.eventsTracked(List.of(purchase));

    assertThat(live.precomputedAnswer(customer)).isEmpty();
    Recommendation after = live.recommend(customer, Optional.empty(), 10);
    assertThat(products(after)).doesNotContain(bought);
    assertThat(after).isEqualTo(computed.recommend(customer, Optional.empty(), 10));
  }

  @Test
  @Order(3)
  void anEventOfAnAnonymousVisitorLinkedToACustomerVoidsThatCustomersAnswer() {
    String customer = customersWithEvents().get(5);
    assertThat(live.precomputedAnswer(customer)).isPresent();
    String other = customersWithEvents().get(6);
    store
        .identities()
        .linkAll(
            List.of(
                new IdentityLink("pre-anon-1", customer, Instant.parse("2026-11-01T00:00:00Z"))));
    String seen = products(live.recommend(customer, Optional.empty(), 10)).get(0);
    Event purchase = event("pre-anon-buy", EventType.ORDER_COMPLETED, null, "pre-anon-1", seen);
    store.events().appendAll(List.of(purchase));
    live.eventsTracked(List.of(purchase));

    assertThat(live.precomputedAnswer(customer)).isEmpty();
    assertThat(live.precomputedAnswer(other)).isPresent();
    assertThat(live.recommend(customer, Optional.empty(), 10))
        .isEqualTo(computed.recommend(customer, Optional.empty(), 10));
  }
}
