package dev.tailor.strategy.spec;

import java.time.MonthDay;
import java.util.List;
import java.util.Objects;

/**
 * Leaves out items of some categories or tags between two days of every year (inclusive; a range
 * may wrap the new year, e.g. 11-01 to 02-28).
 *
 * @param from first day
 * @param to last day
 * @param categories excluded category paths
 * @param tags excluded tags
 */
public record SeasonalRule(MonthDay from, MonthDay to, List<String> categories, List<String> tags) {
  public SeasonalRule {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    categories = List.copyOf(categories);
    tags = List.copyOf(tags);
  }

  /** True when {@code day} lies in the range. */
  public boolean covers(MonthDay day) {
    return from.isAfter(to)
        ? !day.isBefore(from) || !day.isAfter(to)
        : !day.isBefore(from) && !day.isAfter(to);
  }
}
