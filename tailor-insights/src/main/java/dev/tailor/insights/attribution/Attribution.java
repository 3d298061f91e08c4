package dev.tailor.insights.attribution;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * An order credited to one email.
 *
 * @param order the order
 * @param message the email credited
 * @param touch how: the last human click, else the last human open
 * @param touchedAt when that click or open happened
 * @param lines the order's lines, each marked with the recommendation it bought, if any
 */
public record Attribution(
    Order order, SentMessage message, Touch touch, Instant touchedAt, List<AttributedLine> lines) {
  public Attribution {
    Objects.requireNonNull(order, "order");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(touch, "touch");
    Objects.requireNonNull(touchedAt, "touchedAt");
    lines = List.copyOf(lines);
  }

  /** The whole order's revenue. */
  public BigDecimal revenue() {
    return order.revenue();
  }

  /** The revenue of lines whose product the email recommended. */
  public BigDecimal recommendedRevenue() {
    BigDecimal sum = BigDecimal.ZERO;
    for (AttributedLine l : lines) {
      if (l.recommended().isPresent()) {
        sum = sum.add(l.line().revenue());
      }
    }
    return sum;
  }
}
