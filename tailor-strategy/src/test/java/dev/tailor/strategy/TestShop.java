package dev.tailor.strategy;

import dev.tailor.core.catalog.Product;
import dev.tailor.core.event.Event;
import dev.tailor.core.event.EventType;
import dev.tailor.reco.Algorithms;
import dev.tailor.reco.data.InteractionLog;
import dev.tailor.reco.data.WeightScheme;
import dev.tailor.reco.model.AlgorithmParams;
import dev.tailor.reco.model.Model;
import dev.tailor.reco.model.TrainingData;
import dev.tailor.strategy.source.ModelSet;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * A generated shop: products over a few categories and brands (some out of stock, unpublished or
 * outside their availability window), customers who view and buy mostly within one category.
 */
public final class TestShop {
  public static final Instant NOW = Instant.parse("2026-06-01T10:00:00Z");
  static final String[] CATEGORIES = {
    "Women > Dresses", "Women > Shoes", "Men > Shirts", "Men > Shoes", "Kids > Toys", "Home > Decor"
  };

  public final Map<String, Product> catalog = new LinkedHashMap<>();
  public final Map<String, List<Event>> events = new LinkedHashMap<>();
  private final List<Event> all = new ArrayList<>();

  public TestShop(long seed, int products, int customers, double badShare) {
    Random r = new Random(seed);
    for (int i = 0; i < products; i++) {
      String id = String.format("P%04d", i);
      Product.Builder b =
          Product.builder(id)
              .title("Item " + i)
              .category(Product.parseCategory(CATEGORIES[i % CATEGORIES.length]))
              .brand("Brand" + r.nextInt(5))
              .price(BigDecimal.valueOf(10 + r.nextInt(190)))
              .margin(0.1 + 0.6 * r.nextDouble())
              .inventory(r.nextDouble() < badShare ? r.nextInt(3) : 5 + r.nextInt(100))
              .tags(List.of("t" + r.nextInt(4)))
              .createdAt(NOW.minus(Duration.ofDays(r.nextInt(200))))
              .published(r.nextDouble() >= badShare / 2);
      if (r.nextDouble() < badShare / 2) {
        b.availableFrom(NOW.plus(Duration.ofDays(3)));
      }
      catalog.put(id, b.build());
    }
    int n = 0;
    for (int c = 0; c < customers; c++) {
      String cid = "C" + c;
      List<Event> mine = new ArrayList<>();
      int taste = r.nextInt(CATEGORIES.length);
      int k = r.nextInt(12);
      for (int e = 0; e < k; e++) {
        int cat = r.nextDouble() < 0.8 ? taste : r.nextInt(CATEGORIES.length);
        int p = cat + CATEGORIES.length * r.nextInt(Math.max(1, products / CATEGORIES.length));
        p = Math.min(p, products - 1);
        EventType t = r.nextDouble() < 0.35 ? EventType.ORDER_COMPLETED : EventType.PRODUCT_VIEWED;
        Event.Builder eb =
            Event.builder("e" + n++, t, NOW.minus(Duration.ofHours(1 + r.nextInt(2000))))
                .customerId(cid)
                .productId(String.format("P%04d", p));
        if (t == EventType.ORDER_COMPLETED) {
          eb.orderId(cid + "-o" + (e / 3))
              .price(catalog.get(String.format("P%04d", p)).price().get());
        }
        mine.add(eb.build());
      }
      events.put(cid, mine);
      all.addAll(mine);
    }
  }

  /** The shipped fashion example. */
  public static java.nio.file.Path fashionExample() {
    return java.nio.file.Path.of(System.getProperty("tailor.repo", ".."))
        .resolve("examples/strategies/fashion-5-slot.yaml");
  }

  public List<Event> events(String customer) {
    return events.getOrDefault(customer, List.of());
  }

  public TrainingData data() {
    InteractionLog.Builder b = InteractionLog.builder();
    all.forEach(b::add);
    return TrainingData.of(b.build(), catalog, WeightScheme.DEFAULTS, Optional.empty());
  }

  /** Trains the given algorithms on this shop. */
  public ModelSet models(Set<String> algorithms) {
    TrainingData d = data();
    Map<String, Model> m = new HashMap<>();
    for (String a : algorithms) {
      m.put(a, Algorithms.trainer(a, AlgorithmParams.DEFAULTS).train(d));
    }
    return ModelSet.of(m, WeightScheme.DEFAULTS, d.reference());
  }
}
