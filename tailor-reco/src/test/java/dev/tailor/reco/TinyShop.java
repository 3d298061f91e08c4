package dev.tailor.reco;

import dev.tailor.core.catalog.Product;
import dev.tailor.core.event.EventType;
import dev.tailor.reco.data.InteractionLog;
import dev.tailor.reco.data.WeightScheme;
import dev.tailor.reco.model.TrainingData;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Hand-made interaction data for model tests: events placed in hours before {@link #T}. */
public final class TinyShop {
  /** The reference instant: put one event at 0 hours ago to make it the newest. */
  public static final Instant T = Instant.parse("2026-01-31T00:00:00Z");

  /** view 1, add 3, purchase 5, click 2, no decay: weights that are easy to add by hand. */
  public static final WeightScheme FLAT =
      new WeightScheme(
          Map.of(
              EventType.PRODUCT_VIEWED, 1.0,
              EventType.PRODUCT_ADDED, 3.0,
              EventType.ORDER_COMPLETED, 5.0,
              EventType.EMAIL_CLICKED, 2.0),
          Duration.ZERO);

  private final InteractionLog.Builder log = InteractionLog.builder();
  private final Map<String, Product> catalog = new LinkedHashMap<>();

  public TinyShop view(String customer, String product) {
    return event(customer, product, EventType.PRODUCT_VIEWED, 0, null);
  }

  public TinyShop view(String customer, String product, double hoursAgo) {
    return event(customer, product, EventType.PRODUCT_VIEWED, hoursAgo, null);
  }

  public TinyShop buy(String customer, String product, String order) {
    return event(customer, product, EventType.ORDER_COMPLETED, 0, order);
  }

  public TinyShop buy(String customer, String product, String order, double hoursAgo) {
    return event(customer, product, EventType.ORDER_COMPLETED, hoursAgo, order);
  }

  public TinyShop event(
      String customer, String product, EventType type, double hoursAgo, String order) {
    log.add(customer, product, type, T.toEpochMilli() - (long) (hoursAgo * 3_600_000), order, 1);
    return this;
  }

  /** Adds a catalog product. */
  public TinyShop product(
      String id, String title, List<String> category, String brand, String price, String... tags) {
    catalog.put(
        id,
        Product.builder(id)
            .title(title)
            .category(category)
            .brand(brand)
            .price(price == null ? null : new BigDecimal(price))
            .tags(List.of(tags))
            .build());
    return this;
  }

  public InteractionLog log() {
    return log.build();
  }

  public Map<String, Product> catalog() {
    return catalog;
  }

  /** Training data with {@link #FLAT} weights and no window. */
  public TrainingData data() {
    return data(FLAT);
  }

  public TrainingData data(WeightScheme weights) {
    return TrainingData.of(log(), catalog, weights, Optional.empty());
  }
}
