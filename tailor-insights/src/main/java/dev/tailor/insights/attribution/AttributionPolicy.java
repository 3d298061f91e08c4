package dev.tailor.insights.attribution;

import dev.tailor.core.ErrorCode;
import dev.tailor.core.TailorException;
import java.time.Duration;

/**
 * Attribution windows ({@code tailor.attribution.*} in the configuration).
 *
 * @param clickWindow an order up to this long after a human click on an email is that email's (5
 *     days)
 * @param openWindow failing a click, an order up to this long after a human open is that email's (1
 *     day)
 * @param outcomeWindow the window after the send in which a recipient's orders count toward the
 *     comparison with the holdout, whatever they clicked (5 days)
 */
public record AttributionPolicy(Duration clickWindow, Duration openWindow, Duration outcomeWindow) {
  public static final AttributionPolicy DEFAULTS =
      new AttributionPolicy(Duration.ofDays(5), Duration.ofDays(1), Duration.ofDays(5));

  public AttributionPolicy {
    require("click-window", clickWindow);
    require("open-window", openWindow);
    require("outcome-window", outcomeWindow);
  }

  private static void require(String key, Duration d) {
    if (d == null || d.isNegative() || d.isZero()) {
      throw new TailorException(
          ErrorCode.CONFIG, "tailor.attribution." + key + " must be longer than zero, not " + d);
    }
  }
}
