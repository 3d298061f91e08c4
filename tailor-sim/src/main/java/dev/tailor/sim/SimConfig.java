package dev.tailor.sim;

import dev.tailor.core.ErrorCode;
import dev.tailor.core.TailorException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * What shop to generate. The same config always produces byte-identical files.
 *
 * @param customers number of customers, 1 to 10,000,000 (default 2,000)
 * @param products number of products, 10 to 1,000,000 (default 400)
 * @param days days of event history, 1 to 3,650 (default 120)
 * @param seed seed of every random draw (default 42)
 * @param end the instant the history ends (exclusive; truncated to whole seconds). The default is
 *     fixed, {@code 2026-11-01T00:00:00Z}, so that output never depends on the clock; pass the
 *     current day to generate a fresh shop.
 */
public record SimConfig(int customers, int products, int days, long seed, Instant end) {
  /** Customers of the default shop: small enough for the demo to run in seconds. */
  public static final int DEFAULT_CUSTOMERS = 2_000;

  /** Products of the default shop. */
  public static final int DEFAULT_PRODUCTS = 400;

  /** Days of history of the default shop. */
  public static final int DEFAULT_DAYS = 120;

  /** Seed of the default shop. */
  public static final long DEFAULT_SEED = 42;

  /** End of the default shop's history: fixed, so the default output never changes. */
  public static final Instant DEFAULT_END = Instant.parse("2026-11-01T00:00:00Z");

  /** Most customers a config accepts. */
  public static final int MAX_CUSTOMERS = 10_000_000;

  /** Fewest products a config accepts. */
  public static final int MIN_PRODUCTS = 10;

  /** Most products a config accepts (the catalog is held in memory). */
  public static final int MAX_PRODUCTS = 1_000_000;

  /** Most days of history a config accepts. */
  public static final int MAX_DAYS = 3_650;

  private static final Instant EARLIEST_END = Instant.parse("2000-01-01T00:00:00Z");
  private static final Instant LATEST_END = Instant.parse("2200-01-01T00:00:00Z");

  public SimConfig {
    check(customers >= 1 && customers <= MAX_CUSTOMERS, "customers must be between 1 and 10000000");
    check(
        products >= MIN_PRODUCTS && products <= MAX_PRODUCTS,
        "products must be between 10 and 1000000");
    check(days >= 1 && days <= MAX_DAYS, "days must be between 1 and 3650");
    Objects.requireNonNull(end, "end");
    check(
        !end.isBefore(EARLIEST_END) && end.isBefore(LATEST_END),
        "end must be between 2000-01-01T00:00:00Z and 2200-01-01T00:00:00Z");
    end = end.truncatedTo(ChronoUnit.SECONDS);
  }

  /** The defaults: 2,000 customers, 400 products, 120 days, seed 42, ending 2026-11-01. */
  public static SimConfig defaults() {
    return new SimConfig(
        DEFAULT_CUSTOMERS, DEFAULT_PRODUCTS, DEFAULT_DAYS, DEFAULT_SEED, DEFAULT_END);
  }

  public SimConfig withCustomers(int value) {
    return new SimConfig(value, products, days, seed, end);
  }

  public SimConfig withProducts(int value) {
    return new SimConfig(customers, value, days, seed, end);
  }

  public SimConfig withDays(int value) {
    return new SimConfig(customers, products, value, seed, end);
  }

  public SimConfig withSeed(long value) {
    return new SimConfig(customers, products, days, value, end);
  }

  public SimConfig withEnd(Instant value) {
    return new SimConfig(customers, products, days, seed, value);
  }

  private static void check(boolean ok, String message) {
    if (!ok) {
      throw new TailorException(ErrorCode.BAD_INPUT, message);
    }
  }
}
