package dev.tailor.sim.catalog;

import dev.tailor.sim.random.WeightedTable;
import dev.tailor.sim.time.SimWindow;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The generated catalog as the behaviour simulation sees it: products indexed by category with
 * popularity-weighted draws, the base rate of each category, and the few products that trend at the
 * end of the window. Immutable after construction and safe to share between threads.
 */
public final class Catalog {
  private final List<CatalogItem> items;
  private final SimWindow window;
  private final int[][] byCategory;
  private final WeightedTable[] categoryTables;
  private final double[] categoryMass;
  private final WeightedTable allTable;
  private final int[] visible;
  private final int[] trending;
  private final boolean[] isTrending;

  /** Indexes {@code items}; {@code trending} lists the indexes of the trending products. */
  public Catalog(List<CatalogItem> items, SimWindow window, int[] trending) {
    this.items = List.copyOf(items);
    this.window = window;
    this.trending = trending.clone();
    this.isTrending = new boolean[items.size()];
    for (int t : trending) {
      isTrending[t] = true;
    }
    int categories = FashionRange.CATEGORIES.size();
    List<List<CatalogItem>> groups = new ArrayList<>();
    for (int c = 0; c < categories; c++) {
      groups.add(new ArrayList<>());
    }
    List<CatalogItem> seen = new ArrayList<>();
    for (CatalogItem item : items) {
      if (item.activeFrom() < window.end() && item.activeTo() >= window.start()) {
        groups.get(item.category()).add(item);
        seen.add(item);
      }
    }
    byCategory = new int[categories][];
    categoryTables = new WeightedTable[categories];
    categoryMass = new double[categories];
    for (int c = 0; c < categories; c++) {
      List<CatalogItem> group = groups.get(c);
      byCategory[c] = group.stream().mapToInt(CatalogItem::index).toArray();
      double[] weights = group.stream().mapToDouble(CatalogItem::popularity).toArray();
      categoryMass[c] = Arrays.stream(weights).sum();
      categoryTables[c] = group.isEmpty() ? null : new WeightedTable(weights);
    }
    visible = seen.stream().mapToInt(CatalogItem::index).toArray();
    allTable =
        visible.length == 0
            ? null
            : new WeightedTable(seen.stream().mapToDouble(CatalogItem::popularity).toArray());
  }

  /** All products, in id order. */
  public List<CatalogItem> items() {
    return items;
  }

  /** The product at {@code index}. */
  public CatalogItem item(int index) {
    return items.get(index);
  }

  /** The simulated window. */
  public SimWindow window() {
    return window;
  }

  /** Number of products (including unpublished and never-active ones). */
  public int size() {
    return items.size();
  }

  /**
   * The share of all popularity that falls in each category: the chance that a taste-less visitor
   * looks at that category.
   */
  public double[] categoryBaseRates() {
    double total = Arrays.stream(categoryMass).sum();
    double[] rates = new double[categoryMass.length];
    for (int c = 0; c < rates.length; c++) {
      rates[c] = total == 0 ? 0 : categoryMass[c] / total;
    }
    return rates;
  }

  /** A product of {@code category} drawn by popularity, or -1 if the category is empty. */
  public int drawInCategory(int category, SplittableRandom rng) {
    WeightedTable table = categoryTables[category];
    return table == null ? -1 : byCategory[category][table.draw(rng)];
  }

  /** Any product that can be seen during the window, drawn by popularity, or -1 if none. */
  public int drawAny(SplittableRandom rng) {
    return allTable == null ? -1 : visible[allTable.draw(rng)];
  }

  /** The number of trending products. */
  public int trendingCount() {
    return trending.length;
  }

  /** The {@code i}-th trending product. */
  public int trendingAt(int i) {
    return trending[i];
  }

  /** True if the product at {@code index} trends at the end of the window. */
  public boolean isTrending(int index) {
    return isTrending[index];
  }
}
