package dev.tailor.web.api;

import dev.tailor.core.customer.Customer;
import dev.tailor.core.event.Event;
import dev.tailor.core.event.EventType;
import dev.tailor.core.identity.IdentityLink;
import dev.tailor.core.store.Store;
import dev.tailor.web.server.Access;
import dev.tailor.web.server.ProblemException;
import dev.tailor.web.server.RouteGroup;
import dev.tailor.web.server.RouteTable;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * {@code POST /v1/identify}: stores a customer (fields as in {@code customers.csv}; Segment's
 * {@code userId} and {@code traits} accepted) and, with {@code anonymous_id}, links that visitor's
 * events to them. The record replaces the stored one, as an import row does. A link is told to the
 * real-time recommendations like a tracked event, so the customer's next answer includes the
 * visitor's events.
 */
public final class IdentifyRoutes implements RouteGroup {
  private final Store store;
  private final RecordReader reader;
  private final Clock clock;
  private final Consumer<List<Event>> linked;

  /**
   * @param linked told of each link's {@code identify} event once it is stored (the real-time
   *     recommendations drop what they kept of the customer)
   */
  public IdentifyRoutes(
      Store store, RecordReader reader, Clock clock, Consumer<List<Event>> linked) {
    this.store = store;
    this.reader = reader;
    this.clock = clock;
    this.linked = linked;
  }

  @Override
  public void register(RouteTable routes) {
    routes.post("/v1/identify", Access.PRIVATE_KEY, this::identify);
  }

  private void identify(Context ctx) {
    Map<String, String> fields;
    Customer customer;
    boolean linked = false;
    try {
      fields = SegmentNames.normalize(Bodies.fields(Bodies.tree(ctx), List.of("traits")));
      String anonymous = fields.remove("anonymous_id");
      String timestamp = fields.remove("timestamp");
      fields.remove("event_id");
      customer = reader.customer(fields);
      if (anonymous != null && !anonymous.isBlank()) {
        Map<String, String> link = new LinkedHashMap<>();
        link.put("event", EventType.IDENTIFY.name().toLowerCase(java.util.Locale.ROOT));
        link.put("customer_id", customer.id());
        link.put("anonymous_id", anonymous);
        link.put("timestamp", timestamp == null ? clock.instant().toString() : timestamp);
        Event e = reader.event(link);
        store.customers().upsertAll(List.of(customer));
        store
            .identities()
            .linkAll(List.of(new IdentityLink(anonymous.strip(), customer.id(), at(e))));
        store.events().appendAll(List.of(e));
        this.linked.accept(List.of(e));
        linked = true;
      } else {
        store.customers().upsertAll(List.of(customer));
      }
    } catch (InvalidField e) {
      throw ProblemException.badRequest(
          "invalid_field", e.field(), e.getMessage() + "; nothing was stored");
    }
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("customer_id", customer.id());
    answer.put("linked_anonymous_id", linked);
    ctx.json(answer);
  }

  private static Instant at(Event e) {
    return e.timestamp();
  }
}
