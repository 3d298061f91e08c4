package dev.tailor.sim.catalog;

import java.util.Locale;

/** A brand's price positioning, which scales prices and margins. */
public enum PriceTier {
  BUDGET(0.55, 0.15, 0.40),
  MID(1.0, 0.30, 0.55),
  PREMIUM(2.3, 0.45, 0.70);

  private final double priceFactor;
  private final double minMargin;
  private final double maxMargin;

  PriceTier(double priceFactor, double minMargin, double maxMargin) {
    this.priceFactor = priceFactor;
    this.minMargin = minMargin;
    this.maxMargin = maxMargin;
  }

  /** Multiplier applied to a category's mid-tier price range. */
  public double priceFactor() {
    return priceFactor;
  }

  /** Lowest gross margin of the tier, as a share of the price. */
  public double minMargin() {
    return minMargin;
  }

  /** Highest gross margin of the tier, as a share of the price. */
  public double maxMargin() {
    return maxMargin;
  }

  /** Lower-case name as written in the hidden files, e.g. {@code premium}. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** How many steps apart two tiers are (0, 1 or 2). */
  public int distance(PriceTier other) {
    return Math.abs(ordinal() - other.ordinal());
  }
}
