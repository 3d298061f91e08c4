package dev.tailor.sim;

import dev.tailor.core.event.EventType;
import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a generation run wrote.
 *
 * @param directory the folder holding the files
 * @param rowsByFile data rows (header not counted) per file name, in the order written
 * @param eventsByType rows of {@code events.csv} per event type (types that never occur included,
 *     with 0)
 */
public record SimSummary(
    Path directory, Map<String, Long> rowsByFile, Map<EventType, Long> eventsByType) {

  public SimSummary {
    rowsByFile = Collections.unmodifiableMap(new LinkedHashMap<>(rowsByFile));
    EnumMap<EventType, Long> types = new EnumMap<>(EventType.class);
    for (EventType t : EventType.values()) {
      types.put(t, eventsByType.getOrDefault(t, 0L));
    }
    eventsByType = Collections.unmodifiableMap(types);
  }

  /** Rows of {@code products.csv}. */
  public long products() {
    return rowsByFile.getOrDefault(ShopGenerator.PRODUCTS_FILE, 0L);
  }

  /** Rows of {@code customers.csv}. */
  public long customers() {
    return rowsByFile.getOrDefault(ShopGenerator.CUSTOMERS_FILE, 0L);
  }

  /** Rows of {@code events.csv}. */
  public long events() {
    return rowsByFile.getOrDefault(ShopGenerator.EVENTS_FILE, 0L);
  }
}
