package dev.tailor.web;

import dev.tailor.core.catalog.Product;
import dev.tailor.core.customer.Customer;
import dev.tailor.core.event.Event;
import dev.tailor.core.event.EventType;
import dev.tailor.core.store.Store;
import dev.tailor.web.api.InvalidField;
import dev.tailor.web.api.Recommendation;
import dev.tailor.web.api.RecommendationService;
import dev.tailor.web.api.RecordReader;
import dev.tailor.web.dashboard.DashboardBackend;
import dev.tailor.web.server.RouteGroup;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Test doubles for the server's ports: a minimal record reader (the real one, over the import's
 * parsers, is tested in the application) and a recommendation service that echoes its request.
 */
final class TestBackends {
  private TestBackends() {}

  static WebBackend of(Store store, Clock clock, List<RouteGroup> extra) {
    return of(store, clock, Optional.empty(), extra);
  }

  static WebBackend of(
      Store store, Clock clock, Optional<DashboardBackend> dashboard, List<RouteGroup> extra) {
    return new WebBackend(store, clock, new SimpleReader(), new EchoService(), dashboard, extra);
  }

  /** Events need {@code event} (a known type), {@code customer_id} and {@code timestamp}. */
  static final class SimpleReader implements RecordReader {
    @Override
    public Event event(Map<String, String> f) {
      EventType type =
          EventType.find(f.getOrDefault("event", ""))
              .orElseThrow(() -> new InvalidField("event", "unknown event type"));
      String customer = f.get("customer_id");
      if (customer == null) {
        throw new InvalidField("customer_id", "missing required field");
      }
      String id = f.getOrDefault("event_id", customer + "-" + f.get("timestamp"));
      return Event.builder(id, type, Instant.parse(f.get("timestamp")))
          .customerId(customer)
          .build();
    }

    @Override
    public Customer customer(Map<String, String> f) {
      return Customer.of(f.get("customer_id"));
    }

    @Override
    public Product product(Map<String, String> f) {
      return Product.builder(f.get("product_id")).build();
    }
  }

  /** Answers one slot naming the customer, so tests can see the request arrived. */
  static final class EchoService implements RecommendationService {
    @Override
    public Recommendation recommend(String customerId, Optional<String> strategy, int n) {
      return new Recommendation(
          customerId, strategy, List.of("test"), Optional.empty(), List.of(), List.of("n=" + n));
    }

    @Override
    public Optional<Instant> modelCreatedAt() {
      return Optional.empty();
    }

    @Override
    public void catalogChanged() {}
  }
}
