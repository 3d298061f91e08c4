package dev.tailor.sim.behaviour;

import dev.tailor.core.event.EventType;
import dev.tailor.sim.catalog.Catalog;
import dev.tailor.sim.catalog.CatalogItem;
import dev.tailor.sim.csv.CsvBuffer;
import java.util.List;

/**
 * The columns of {@code events.csv} and how a customer's events fill them. Event ids are {@code E}
 * with the customer's number and the event's position in the customer's history, so they are unique
 * and stable for a seed.
 */
public final class EventCsv {
  /** The file's name. */
  public static final String FILE_NAME = "events.csv";

  /** The header row. */
  public static final List<String> HEADER =
      List.of(
          "timestamp",
          "event",
          "customer_id",
          "anonymous_id",
          "product_id",
          "quantity",
          "price",
          "order_id",
          "campaign_id",
          "message_id",
          "event_id");

  private EventCsv() {}

  /** Appends the rows of {@code record}'s events and counts them by type into {@code counts}. */
  public static void append(CsvBuffer out, CustomerRecord record, Catalog catalog, long[] counts) {
    String customerId = record.profile().id();
    String anonymousId = record.profile().anonymousId().orElse(null);
    String eventPrefix = "E" + customerId.substring(1) + "-";
    int n = 0;
    for (SimEvent e : record.events()) {
      counts[e.type().ordinal()]++;
      boolean identify = e.type() == EventType.IDENTIFY;
      out.instant(e.time())
          .field(e.type().wireName())
          .field(e.anonymous() ? null : customerId)
          .field(e.anonymous() || identify ? anonymousId : null);
      if (e.product() >= 0) {
        CatalogItem item = catalog.item(e.product());
        out.field(item.id());
        quantity(out, e.quantity());
        out.field(e.type() == EventType.EMAIL_CLICKED ? null : item.price());
      } else {
        out.empty();
        quantity(out, e.quantity());
        out.empty();
      }
      out.field(e.orderId())
          .field(e.campaignId())
          .field(e.messageId())
          .field(eventPrefix + (++n))
          .endRow();
    }
  }

  private static void quantity(CsvBuffer out, int quantity) {
    if (quantity > 0) {
      out.field(quantity);
    } else {
      out.empty();
    }
  }
}
