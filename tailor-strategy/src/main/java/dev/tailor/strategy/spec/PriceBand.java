package dev.tailor.strategy.spec;

import java.util.Objects;
import java.util.Optional;

/**
 * The prices a slot may show. All given bounds apply together.
 *
 * @param aovTolerance when given, prices within {@code ±tolerance} of the customer's average order
 *     value (e.g. 0.3 for ±30 %); customers without orders get {@code defaultMin..defaultMax}, or,
 *     when no default is given, the catalog's median price ±tolerance
 * @param min absolute lower bound, if any
 * @param max absolute upper bound, if any
 * @param defaultMin lower bound of the band for customers without orders, if given
 * @param defaultMax upper bound of the band for customers without orders, if given
 */
public record PriceBand(
    Optional<Double> aovTolerance,
    Optional<Double> min,
    Optional<Double> max,
    Optional<Double> defaultMin,
    Optional<Double> defaultMax) {
  public PriceBand {
    Objects.requireNonNull(aovTolerance, "aovTolerance");
    Objects.requireNonNull(min, "min");
    Objects.requireNonNull(max, "max");
    Objects.requireNonNull(defaultMin, "defaultMin");
    Objects.requireNonNull(defaultMax, "defaultMax");
  }
}
