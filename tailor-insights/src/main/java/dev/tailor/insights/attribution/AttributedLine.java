package dev.tailor.insights.attribution;

import java.util.Objects;
import java.util.Optional;

/**
 * An order line of an attributed order.
 *
 * @param line the line
 * @param recommended the email's recommendation of the bought product, if the email recommended it;
 *     empty for any other product
 */
public record AttributedLine(OrderLine line, Optional<RecommendedItem> recommended) {
  public AttributedLine {
    Objects.requireNonNull(line, "line");
    Objects.requireNonNull(recommended, "recommended");
  }
}
