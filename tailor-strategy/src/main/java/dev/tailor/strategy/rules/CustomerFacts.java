package dev.tailor.strategy.rules;

import dev.tailor.core.catalog.Product;
import dev.tailor.core.event.Event;
import dev.tailor.core.event.EventType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What the rules and seeded sources know about one customer, read from their events.
 *
 * @param customerId the customer
 * @param firstName their first name, if known (for labels)
 * @param purchased each bought product with the newest time it was bought
 * @param averageOrderValue mean order total of their {@code order_completed} events, if any
 * @param recentPurchases bought products, newest first, distinct
 * @param recentViews viewed products, newest first, distinct
 * @param cart products added and neither removed nor bought since, newest first
 * @param categories interest per category path (views 1, adds 3, purchases 5)
 */
public record CustomerFacts(
    String customerId,
    Optional<String> firstName,
    Map<String, Instant> purchased,
    Optional<Double> averageOrderValue,
    List<String> recentPurchases,
    List<String> recentViews,
    List<String> cart,
    Map<String, Double> categories) {
  public CustomerFacts {
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(firstName, "firstName");
    purchased = Map.copyOf(purchased);
    Objects.requireNonNull(averageOrderValue, "averageOrderValue");
    recentPurchases = List.copyOf(recentPurchases);
    recentViews = List.copyOf(recentViews);
    cart = List.copyOf(cart);
    categories = Map.copyOf(categories);
  }

  /** A customer without any events. */
  public static CustomerFacts cold(String customerId) {
    return new CustomerFacts(
        customerId,
        Optional.empty(),
        Map.of(),
        Optional.empty(),
        List.of(),
        List.of(),
        List.of(),
        Map.of());
  }

  /** The category path with the most interest, if any (ties: alphabetical). */
  public Optional<String> preferredCategory() {
    return categories.entrySet().stream()
        .max(
            Comparator.comparingDouble(Map.Entry<String, Double>::getValue)
                .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
        .map(Map.Entry::getKey);
  }

  /** Reads the facts from a customer's events (any order) and the catalog. */
  public static CustomerFacts of(
      String customerId,
      Optional<String> firstName,
      List<Event> events,
      Map<String, Product> catalog) {
    List<Event> sorted = new ArrayList<>(events);
    sorted.sort(Comparator.comparing(Event::timestamp).reversed());
    Map<String, Instant> purchased = new HashMap<>();
    Set<String> purchases = new LinkedHashSet<>();
    Set<String> views = new LinkedHashSet<>();
    Set<String> cart = new LinkedHashSet<>();
    Set<String> settled = new java.util.HashSet<>();
    Map<String, Double> categories = new HashMap<>();
    Map<String, Double> orders = new HashMap<>();
    for (Event e : sorted) {
      if (e.productId().isEmpty()) {
        continue;
      }
      String p = e.productId().get();
      Product product = catalog.get(p);
      double weight = 0;
      switch (e.type()) {
        case ORDER_COMPLETED -> {
          purchased.putIfAbsent(p, e.timestamp());
          purchases.add(p);
          settled.add(p);
          weight = 5;
          BigDecimal price =
              e.price()
                  .or(() -> product == null ? Optional.empty() : product.price())
                  .orElse(BigDecimal.ZERO);
          orders.merge(
              e.orderId().orElse(e.eventId()),
              price.doubleValue() * Math.max(1, e.quantity()),
              Double::sum);
        }
        case PRODUCT_VIEWED -> {
          views.add(p);
          weight = 1;
        }
        case PRODUCT_ADDED -> {
          if (!settled.contains(p)) {
            cart.add(p);
          }
          weight = 3;
        }
        case PRODUCT_REMOVED -> settled.add(p);
        default -> {
          // other events say nothing about interest here
        }
      }
      if (weight > 0 && product != null && !product.category().isEmpty()) {
        categories.merge(product.categoryPath(), weight, Double::sum);
      }
    }
    Optional<Double> aov =
        orders.isEmpty()
            ? Optional.empty()
            : Optional.of(
                orders.values().stream().mapToDouble(Double::doubleValue).sum() / orders.size());
    return new CustomerFacts(
        customerId,
        firstName,
        purchased,
        aov,
        List.copyOf(purchases),
        List.copyOf(views),
        List.copyOf(cart),
        categories);
  }

  /** True when {@code type} is one of the events these facts are read from. */
  public static boolean isRelevant(EventType type) {
    return type == EventType.ORDER_COMPLETED
        || type == EventType.PRODUCT_VIEWED
        || type == EventType.PRODUCT_ADDED
        || type == EventType.PRODUCT_REMOVED;
  }
}
