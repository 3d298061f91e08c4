package dev.tailor.sim.people;

import dev.tailor.sim.catalog.Brand;
import dev.tailor.sim.catalog.Catalog;
import dev.tailor.sim.catalog.FashionRange;
import dev.tailor.sim.catalog.PriceTier;
import dev.tailor.sim.random.Draws;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Draws a customer's hidden tastes. Favourite categories cluster in one department (plus shoes and
 * accessories), favourite brands are brands that make those categories, with a bias to the
 * customer's price tier. Activity is log-normal: many light customers, a few heavy ones.
 */
public final class TasteGenerator {
  private static final List<String> DEPARTMENTS =
      List.of("Women", "Men", "Shoes", "Accessories", "Sportswear");
  private static final double[] DEPARTMENT_SHARES = {0.50, 0.35, 0.05, 0.05, 0.05};
  private static final List<String> SIDE_DEPARTMENTS =
      List.of("Shoes", "Accessories", "Sportswear");
  private static final double[] TIER_SHARES = {0.35, 0.45, 0.20};
  private static final double ACTIVITY_MU = -1.0;
  private static final double ACTIVITY_SIGMA = 1.15;

  private final double[] baseRates;

  /** A generator of tastes for the products of {@code catalog}. */
  public TasteGenerator(Catalog catalog) {
    this.baseRates = catalog.categoryBaseRates();
  }

  /** Draws one customer's tastes from {@code rng}. */
  public Taste draw(SplittableRandom rng) {
    String primary = DEPARTMENTS.get(Draws.weighted(rng, DEPARTMENT_SHARES));
    int[] categories = drawCategories(rng, primary);
    PriceTier tier = PriceTier.values()[Draws.weighted(rng, TIER_SHARES)];
    int[] brands = drawBrands(rng, categories, tier);
    double openRate = 0.03 + 0.6 * StrictMath.pow(rng.nextDouble(), 1.4);
    return new Taste(
        categories,
        sortedWeights(rng, categories.length),
        brands,
        sortedWeights(rng, brands.length),
        tier,
        Draws.uniform(rng, 0.2, 1.0),
        Draws.uniform(rng, 0.05, 0.3),
        Math.min(60, Draws.logNormal(rng, ACTIVITY_MU, ACTIVITY_SIGMA)),
        drawHour(rng),
        openRate,
        Draws.uniform(rng, 0.05, 0.35),
        0.0005 + 0.006 * StrictMath.pow(1 - openRate, 3),
        Draws.chance(rng, 0.012));
  }

  private int[] drawCategories(SplittableRandom rng, String primary) {
    int wanted = 2 + Math.min(3, Draws.geometric(rng, 0.5));
    int[] chosen = new int[wanted];
    int n = 0;
    for (int attempt = 0; attempt < 40 && n < wanted; attempt++) {
      String department =
          n == 0 || Draws.chance(rng, 0.65) ? primary : Draws.pick(rng, SIDE_DEPARTMENTS);
      int c = drawCategoryIn(rng, department);
      if (c < 0) {
        c = drawCategoryIn(rng, null);
      }
      if (c >= 0 && !contains(chosen, n, c)) {
        chosen[n++] = c;
      }
    }
    return Arrays.copyOf(chosen, Math.max(1, n));
  }

  /** A category of {@code department} (any if null) drawn by base rate, or -1 if none. */
  private int drawCategoryIn(SplittableRandom rng, String department) {
    double[] weights = new double[baseRates.length];
    boolean any = false;
    for (int c = 0; c < weights.length; c++) {
      if (department == null || FashionRange.CATEGORIES.get(c).department().equals(department)) {
        weights[c] = baseRates[c];
        any |= baseRates[c] > 0;
      }
    }
    return any ? Draws.weighted(rng, weights) : -1;
  }

  private static int[] drawBrands(SplittableRandom rng, int[] categories, PriceTier tier) {
    double[] weights = new double[FashionRange.BRANDS.size()];
    for (int b = 0; b < weights.length; b++) {
      Brand brand = FashionRange.BRANDS.get(b);
      int covered = 0;
      for (int c : categories) {
        if (brand.departments().contains(FashionRange.CATEGORIES.get(c).department())) {
          covered++;
        }
      }
      weights[b] = brand.weight() * covered * (brand.tier() == tier ? 4 : 1);
    }
    int wanted = 1 + rng.nextInt(3);
    int[] chosen = new int[wanted];
    int n = 0;
    for (int attempt = 0; attempt < 20 && n < wanted; attempt++) {
      int b = Draws.weighted(rng, weights);
      if (weights[b] > 0 && !contains(chosen, n, b)) {
        chosen[n++] = b;
        weights[b] = 0;
      }
    }
    return Arrays.copyOf(chosen, Math.max(1, n));
  }

  /** Weights that sum to 1, strongest first. */
  private static double[] sortedWeights(SplittableRandom rng, int count) {
    double[] w = new double[count];
    double sum = 0;
    for (int i = 0; i < count; i++) {
      w[i] = Draws.exponential(rng, 1.0);
      sum += w[i];
    }
    Arrays.sort(w);
    double[] out = new double[count];
    for (int i = 0; i < count; i++) {
      out[i] = w[count - 1 - i] / sum;
    }
    return out;
  }

  /** A preferred local hour: lunch break, evening on the sofa, or early morning. */
  private static int drawHour(SplittableRandom rng) {
    double r = rng.nextDouble();
    if (r < 0.30) {
      return 12 + rng.nextInt(2);
    }
    if (r < 0.80) {
      return 19 + rng.nextInt(4);
    }
    return r < 0.92 ? 7 + rng.nextInt(3) : 14 + rng.nextInt(4);
  }

  private static boolean contains(int[] values, int length, int value) {
    for (int i = 0; i < length; i++) {
      if (values[i] == value) {
        return true;
      }
    }
    return false;
  }
}
