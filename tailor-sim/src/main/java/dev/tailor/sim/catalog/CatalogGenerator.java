package dev.tailor.sim.catalog;

import dev.tailor.core.catalog.Product;
import dev.tailor.sim.random.Draws;
import dev.tailor.sim.random.Seeds;
import dev.tailor.sim.random.WeightedTable;
import dev.tailor.sim.time.SaleSeasons;
import dev.tailor.sim.time.SimWindow;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * Draws the catalog from one seeded stream: each product's category (by the range plan's weights),
 * a brand that makes that department, price from the category's range scaled by the brand's tier,
 * margin, stock, collection, creation date and a heavy-tailed hidden popularity. Every product is
 * built as a core {@link Product} (which validates it) and handed to a sink, then only its compact
 * {@link CatalogItem} is kept.
 */
public final class CatalogGenerator {
  private static final double OUT_OF_STOCK = 0.07;
  private static final double LOW_STOCK = 0.10;
  private static final double UNPUBLISHED = 0.03;
  private static final double HOLIDAY = 0.02;
  private static final double NEW_ARRIVAL = 0.09;
  private static final long NEW_ARRIVAL_DAYS = 21;
  private static final long CATALOG_AGE_DAYS = 730;
  private static final double POPULARITY_SIGMA = 1.25;
  private static final double TRENDING_SHARE = 0.02;

  private final SimWindow window;
  private final SaleSeasons seasons;
  private final SplittableRandom rng;
  private final WeightedTable categoryTable;
  private final List<int[]> brandsByCategory = new ArrayList<>();
  private final List<WeightedTable> brandTables = new ArrayList<>();

  private CatalogGenerator(long seed, SimWindow window) {
    this.window = window;
    this.seasons = SaleSeasons.around(window.end());
    this.rng = Seeds.stream(seed, Seeds.CATALOG, 0);
    this.categoryTable =
        new WeightedTable(
            FashionRange.CATEGORIES.stream().mapToDouble(CategorySpec::weight).toArray());
    for (CategorySpec spec : FashionRange.CATEGORIES) {
      List<Integer> makers = new ArrayList<>();
      for (int b = 0; b < FashionRange.BRANDS.size(); b++) {
        if (FashionRange.BRANDS.get(b).departments().contains(spec.department())) {
          makers.add(b);
        }
      }
      int[] brands = makers.stream().mapToInt(Integer::intValue).toArray();
      double[] weights = new double[brands.length];
      for (int i = 0; i < brands.length; i++) {
        weights[i] = FashionRange.BRANDS.get(brands[i]).weight();
      }
      brandsByCategory.add(brands);
      brandTables.add(new WeightedTable(weights));
    }
  }

  /**
   * Generates {@code count} products for a history ending with {@code window}, passing each to
   * {@code sink} in id order, and returns the compact catalog.
   */
  public static Catalog generate(int count, long seed, SimWindow window, Consumer<Product> sink) {
    CatalogGenerator generator = new CatalogGenerator(seed, window);
    List<CatalogItem> items = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      items.add(generator.next(i, sink));
    }
    return new Catalog(items, window, generator.chooseTrending(items));
  }

  private CatalogItem next(int index, Consumer<Product> sink) {
    int category = categoryTable.draw(rng);
    CategorySpec spec = FashionRange.CATEGORIES.get(category);
    int brandIndex = brandsByCategory.get(category)[brandTables.get(category).draw(rng)];
    Brand brand = FashionRange.BRANDS.get(brandIndex);
    Season season = drawSeason(spec);
    long from = saleStart(season);
    long to = saleEnd(season);
    long created = drawCreatedAt(season, from);
    boolean published = !Draws.chance(rng, UNPUBLISHED);
    long cents = drawPriceCents(spec, brand.tier());
    String id = CatalogItem.idOf(index);
    ProductTexts texts = ProductTexts.draw(rng, spec, brand, season);
    Product product =
        Product.builder(id)
            .title(texts.title())
            .category(spec.levels())
            .brand(brand.name())
            .price(BigDecimal.valueOf(cents, 2))
            .currency("EUR")
            .inventory(drawInventory())
            .margin(drawMargin(brand.tier()))
            .url(texts.url(id))
            .imageUrl(ProductTexts.imageUrl(id))
            .tags(texts.tags())
            .availableFrom(season == Season.ALL_SEASON ? null : Instant.ofEpochSecond(from))
            .availableTo(season == Season.ALL_SEASON ? null : Instant.ofEpochSecond(to))
            .published(published)
            .createdAt(Instant.ofEpochSecond(created))
            .build();
    sink.accept(product);
    double popularity = Draws.logNormal(rng, 0, POPULARITY_SIGMA);
    long activeFrom = published ? Math.max(created, from) : Long.MAX_VALUE;
    return new CatalogItem(
        index,
        id,
        category,
        brandIndex,
        brand.tier(),
        product.price().orElseThrow().toPlainString(),
        popularity,
        activeFrom,
        to,
        season);
  }

  /** First second of the season's sale window; unbounded for all-season items. */
  private long saleStart(Season season) {
    return switch (season) {
      case SUMMER -> seasons.summerFrom();
      case WINTER -> seasons.winterFrom();
      case HOLIDAY -> seasons.holidayFrom();
      case ALL_SEASON -> Long.MIN_VALUE;
    };
  }

  /** Last second of the season's sale window; unbounded for all-season items. */
  private long saleEnd(Season season) {
    return switch (season) {
      case SUMMER -> seasons.summerTo();
      case WINTER -> seasons.winterTo();
      case HOLIDAY -> seasons.holidayTo();
      case ALL_SEASON -> Long.MAX_VALUE;
    };
  }

  private Season drawSeason(CategorySpec spec) {
    if (spec.season() != Season.ALL_SEASON && Draws.chance(rng, spec.seasonalShare())) {
      return spec.season();
    }
    return Draws.chance(rng, HOLIDAY) ? Season.HOLIDAY : Season.ALL_SEASON;
  }

  private long drawCreatedAt(Season season, long from) {
    long end = window.end();
    if (season == Season.HOLIDAY) {
      return end - (long) Draws.uniform(rng, SimWindow.HOUR, 10 * SimWindow.DAY);
    }
    if (season != Season.ALL_SEASON) {
      return from - (long) Draws.uniform(rng, 7 * SimWindow.DAY, 45 * SimWindow.DAY);
    }
    if (Draws.chance(rng, NEW_ARRIVAL)) {
      return end - (long) Draws.uniform(rng, SimWindow.HOUR, NEW_ARRIVAL_DAYS * SimWindow.DAY);
    }
    return end
        - (long)
            Draws.uniform(rng, NEW_ARRIVAL_DAYS * SimWindow.DAY, CATALOG_AGE_DAYS * SimWindow.DAY);
  }

  /** A shop-like price: log-uniform in the category's range, scaled by tier, ending in .99 etc. */
  private long drawPriceCents(CategorySpec spec, PriceTier tier) {
    double base =
        StrictMath.exp(
                Draws.uniform(
                    rng, StrictMath.log(spec.minPrice()), StrictMath.log(spec.maxPrice())))
            * tier.priceFactor()
            * Draws.logNormal(rng, 0, 0.12);
    long euros = Math.max(3, Math.round(base));
    double ending = rng.nextDouble();
    if (tier == PriceTier.PREMIUM && ending < 0.5) {
      return euros * 100;
    }
    return ending < 0.8 ? euros * 100 - 1 : euros * 100 - 5;
  }

  /** A margin within the tier's range, to the percent. */
  private double drawMargin(PriceTier tier) {
    return Math.round(Draws.uniform(rng, tier.minMargin(), tier.maxMargin()) * 100) / 100.0;
  }

  private int drawInventory() {
    double r = rng.nextDouble();
    if (r < OUT_OF_STOCK) {
      return 0;
    }
    if (r < OUT_OF_STOCK + LOW_STOCK) {
      return 1 + rng.nextInt(5);
    }
    return (int) Math.min(500, 6 + Draws.logNormal(rng, 3.5, 0.8));
  }

  /**
   * Picks about 2% of the products (3 to 40) among those on sale for the whole trend period; they
   * draw extra attention in the last days of the window.
   */
  private int[] chooseTrending(List<CatalogItem> items) {
    List<Integer> candidates = new ArrayList<>();
    for (CatalogItem item : items) {
      if (item.activeFrom() <= window.trendStart() && item.activeTo() >= window.end()) {
        candidates.add(item.index());
      }
    }
    int wanted = (int) Math.max(3, Math.min(40, Math.round(items.size() * TRENDING_SHARE)));
    int count = Math.min(wanted, candidates.size());
    int[] chosen = new int[count];
    for (int i = 0; i < count; i++) {
      int j = i + rng.nextInt(candidates.size() - i);
      Integer picked = candidates.get(j);
      candidates.set(j, candidates.get(i));
      candidates.set(i, picked);
      chosen[i] = picked;
    }
    java.util.Arrays.sort(chosen);
    return chosen;
  }
}
