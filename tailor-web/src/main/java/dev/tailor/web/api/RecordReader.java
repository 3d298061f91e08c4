package dev.tailor.web.api;

import dev.tailor.core.catalog.Product;
import dev.tailor.core.customer.Customer;
import dev.tailor.core.event.Event;
import java.util.Map;

/**
 * Turns the fields of one submitted JSON object (names and rules as the interchange files, values
 * as text) into a domain record. Implementations must be thread-safe.
 */
public interface RecordReader {
  /**
   * An event; without {@code event_id} its id is a hash of its fields, as on import.
   *
   * @throws InvalidField naming the field and the reason
   */
  Event event(Map<String, String> fields);

  /**
   * @throws InvalidField naming the field and the reason
   */
  Customer customer(Map<String, String> fields);

  /**
   * @throws InvalidField naming the field and the reason
   */
  Product product(Map<String, String> fields);
}
