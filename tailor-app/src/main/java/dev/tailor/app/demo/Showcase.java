package dev.tailor.app.demo;

import dev.tailor.app.cli.Output;
import dev.tailor.core.catalog.Product;
import dev.tailor.core.customer.Customer;
import dev.tailor.core.event.Event;
import dev.tailor.core.event.EventType;
import dev.tailor.core.event.ProductCount;
import dev.tailor.core.event.TimeRange;
import dev.tailor.core.store.Store;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The demo's look at the data: bestsellers and a few customers' histories. */
final class Showcase {
  private static final int CANDIDATES = 200;

  private Showcase() {}

  /** A product among the most purchased. */
  record Bestseller(
      int rank,
      String productId,
      String title,
      String category,
      String price,
      long orders,
      long units,
      long customers) {}

  /** One line of a customer's history. */
  record HistoryLine(Instant timestamp, String event, String productId, String title) {}

  /** A customer and their newest events. */
  record History(
      String customerId,
      String name,
      String email,
      String consent,
      List<String> anonymousIds,
      List<HistoryLine> events) {}

  static List<Bestseller> bestsellers(Store store, int days, int limit) {
    Optional<TimeRange> range = store.events().timeRange();
    if (range.isEmpty()) {
      return List.of();
    }
    Instant since = range.get().last().minus(Duration.ofDays(days));
    List<ProductCount> top = store.events().topProducts(EventType.ORDER_COMPLETED, since, limit);
    Map<String, Product> products = byId(store, top.stream().map(ProductCount::productId).toList());
    List<Bestseller> result = new ArrayList<>();
    for (ProductCount c : top) {
      Optional<Product> p = Optional.ofNullable(products.get(c.productId()));
      result.add(
          new Bestseller(
              result.size() + 1,
              c.productId(),
              p.flatMap(Product::title).orElse("(not in catalog)"),
              p.map(Product::categoryPath).orElse(""),
              p.flatMap(x -> x.price().map(v -> v + " " + x.currency().orElse(""))).orElse(""),
              c.events(),
              c.quantity(),
              c.customers()));
    }
    return result;
  }

  /**
   * Up to {@code count} customers with a history, preferring one whose anonymous browsing was
   * linked on sign-up, then the most active.
   */
  static List<History> histories(Store store, int count, int events) {
    List<Customer> candidates = store.customers().page("", CANDIDATES);
    List<History> all = new ArrayList<>();
    for (Customer c : candidates) {
      List<Event> recent = store.events().recentForCustomer(c.id(), events);
      if (!recent.isEmpty()) {
        all.add(history(store, c, recent));
      }
    }
    List<History> chosen = new ArrayList<>();
    all.stream().filter(h -> !h.anonymousIds().isEmpty()).findFirst().ifPresent(chosen::add);
    all.stream()
        .filter(h -> !chosen.contains(h))
        .sorted(Comparator.comparingLong(Showcase::purchases).reversed())
        .limit(count - chosen.size())
        .forEach(chosen::add);
    return chosen;
  }

  private static long purchases(History h) {
    return h.events().stream().filter(e -> e.event().equals("order_completed")).count();
  }

  private static History history(Store store, Customer c, List<Event> recent) {
    Set<String> ids = new HashSet<>();
    recent.forEach(e -> e.productId().ifPresent(ids::add));
    Map<String, Product> products = byId(store, ids);
    List<HistoryLine> lines = new ArrayList<>();
    for (Event e : recent) {
      String title =
          e.productId()
              .map(products::get)
              .flatMap(p -> p == null ? Optional.empty() : p.title())
              .orElse("");
      lines.add(
          new HistoryLine(e.timestamp(), e.type().wireName(), e.productId().orElse(""), title));
    }
    String name = (c.firstName().orElse("") + " " + c.lastName().orElse("")).strip();
    return new History(
        c.id(),
        name,
        c.email().orElse(""),
        c.consent().status().wireName(),
        store.identities().anonymousIdsOf(c.id()),
        lines);
  }

  private static Map<String, Product> byId(Store store, java.util.Collection<String> ids) {
    return store.products().findAllById(ids).stream()
        .collect(Collectors.toMap(Product::id, Function.identity()));
  }

  static void printBestsellers(List<Bestseller> best, Output out) {
    if (best.isEmpty()) {
      out.line("  no purchases in that period");
      return;
    }
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("#", "product", "title", "category", "price", "orders", "units", "buyers"));
    for (Bestseller b : best) {
      rows.add(
          List.of(
              Integer.toString(b.rank()),
              b.productId(),
              b.title(),
              b.category(),
              b.price(),
              Long.toString(b.orders()),
              Long.toString(b.units()),
              Long.toString(b.customers())));
    }
    out.printTable(rows);
  }

  static void printHistories(List<History> histories, Output out) {
    for (History h : histories) {
      out.line(
          String.format(
              Locale.ROOT,
              "  %s  %s <%s>, %s%s",
              h.customerId(),
              h.name(),
              h.email(),
              h.consent(),
              h.anonymousIds().isEmpty()
                  ? ""
                  : ", browsed anonymously as " + String.join(", ", h.anonymousIds())));
      for (HistoryLine l : h.events()) {
        out.line(
            String.format(
                Locale.ROOT,
                "    %s  %-18s %s %s",
                l.timestamp().toString().substring(0, 16).replace('T', ' '),
                l.event(),
                l.productId(),
                l.title()));
      }
    }
  }
}
