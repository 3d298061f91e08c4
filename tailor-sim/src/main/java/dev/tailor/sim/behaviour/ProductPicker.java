package dev.tailor.sim.behaviour;

import dev.tailor.sim.catalog.Catalog;
import dev.tailor.sim.catalog.CatalogItem;
import dev.tailor.sim.people.Taste;
import dev.tailor.sim.random.Draws;
import dev.tailor.sim.random.WeightedTable;
import java.util.SplittableRandom;

/**
 * Chooses what one customer looks at. A category comes from their favourites (or, with their
 * exploration probability, from the shop's base rates); a product of it is drawn by popularity and
 * accepted with a probability that favours their brands and price tier. Only products on sale at
 * the moment are returned. In the last days of the window some attention goes to trending products.
 */
final class ProductPicker {
  private static final double TREND_SHARE = 0.15;
  private static final double ANCHOR_SHARE = 0.7;
  private static final double BRAND_BOOST = 4.0;
  private static final int ATTEMPTS = 12;

  private final Catalog catalog;
  private final WeightedTable baseRates;
  private final Taste taste;
  private final SplittableRandom rng;
  private final double maxBrandFactor;

  ProductPicker(Catalog catalog, WeightedTable baseRates, Taste taste, SplittableRandom rng) {
    this.catalog = catalog;
    this.baseRates = baseRates;
    this.taste = taste;
    this.rng = rng;
    this.maxBrandFactor = 1 + BRAND_BOOST * taste.brandWeights()[0];
  }

  /** A category to anchor a session on: a favourite, or one explored by base rate. */
  int sessionCategory() {
    if (Draws.chance(rng, taste.exploration())) {
      return baseRates.draw(rng);
    }
    return taste.categories()[Draws.weighted(rng, taste.categoryWeights())];
  }

  /**
   * A product on sale at {@code t}, mostly from {@code anchor} (a category, or -1 for none), or -1
   * if nothing suitable was found.
   */
  int pick(long t, int anchor) {
    if (t >= catalog.window().trendStart()
        && catalog.trendingCount() > 0
        && Draws.chance(rng, TREND_SHARE)) {
      int p = catalog.trendingAt(rng.nextInt(catalog.trendingCount()));
      if (catalog.item(p).activeAt(t)) {
        return p;
      }
    }
    int fallback = -1;
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      int category = anchor >= 0 && Draws.chance(rng, ANCHOR_SHARE) ? anchor : sessionCategory();
      int p = catalog.drawInCategory(category, rng);
      if (p < 0 || !catalog.item(p).activeAt(t)) {
        continue;
      }
      if (rng.nextDouble() < appeal(catalog.item(p))) {
        return p;
      }
      fallback = p;
    }
    return fallback;
  }

  /**
   * How much the customer likes {@code item} beyond its popularity, 0..1: 1 for a favourite brand
   * in their tier, less for other brands and for tiers away from theirs.
   */
  double appeal(CatalogItem item) {
    double brand = (1 + BRAND_BOOST * taste.brandWeight(item.brand())) / maxBrandFactor;
    double tier = 1 - taste.priceSensitivity() * 0.45 * item.tier().distance(taste.tier());
    return Math.max(0.02, brand * Math.max(0.05, tier));
  }

  /** How well {@code item} fits the customer's favourite categories, 0.5..1. */
  double categoryFit(CatalogItem item) {
    return taste.categoryWeight(item.category()) > 0 ? 1.0 : 0.5;
  }
}
