package dev.tailor.insights.attribution;

import dev.tailor.core.ErrorCode;
import dev.tailor.core.TailorException;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of an order.
 *
 * @param productId the product bought, if the event named one
 * @param quantity units
 * @param revenue quantity times unit price (0 when the event had no price)
 */
public record OrderLine(Optional<String> productId, int quantity, BigDecimal revenue) {
  public OrderLine {
    Objects.requireNonNull(productId, "productId");
    if (quantity < 0 || revenue == null || revenue.signum() < 0) {
      throw new TailorException(
          ErrorCode.BAD_INPUT, "an order line needs a quantity and revenue of zero or more");
    }
  }
}
