package dev.tailor.strategy.diversity;

import dev.tailor.core.catalog.Product;
import dev.tailor.strategy.items.ItemTable;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@link Similarity} with each catalog item's category path, brand and tags turned into small
 * integers once, so comparing two items compares ints instead of strings and lists (decisions
 * compare every candidate with every item already chosen). Gives exactly {@link Similarity#of};
 * items not in the catalog it was built from are compared by {@link Similarity#of}. Immutable and
 * thread-safe once built.
 */
public final class SimilarityIndex {
  private final ItemTable table;
  private final int[] category;
  private final int[] brand;
  private final int[][] tags;

  /** Each item's tags as bits, when the catalog has at most 64 distinct tags; else null. */
  private final long[] tagBits;

  public SimilarityIndex(Collection<Product> catalog) {
    this(new ItemTable(catalog));
  }

  /** Over the items of {@code table}, compared by item number. */
  public SimilarityIndex(ItemTable table) {
    this.table = table;
    int n = table.size();
    category = new int[n];
    brand = new int[n];
    tags = new int[n][];
    Map<List<String>, Integer> categories = new HashMap<>();
    Map<String, Integer> brands = new HashMap<>();
    Map<String, Integer> tagIds = new HashMap<>();
    for (int i = 0; i < n; i++) {
      Product p = table.product(i);
      category[i] =
          p.category().isEmpty()
              ? -1
              : categories.computeIfAbsent(p.category(), k -> categories.size());
      brand[i] = p.brand().map(b -> brands.computeIfAbsent(b, k -> brands.size())).orElse(-1);
      tags[i] =
          p.tags().stream()
              .mapToInt(tag -> tagIds.computeIfAbsent(tag, k -> tagIds.size()))
              .sorted()
              .distinct()
              .toArray();
    }
    if (tagIds.size() <= 64) {
      tagBits = new long[n];
      for (int i = 0; i < n; i++) {
        for (int t : tags[i]) {
          tagBits[i] |= 1L << t;
        }
      }
    } else {
      tagBits = null;
    }
  }

  /** As {@link Similarity#of}. */
  public double of(Product a, Product b) {
    if (a == b) {
      return 1;
    }
    int x = itemOf(a);
    int y = itemOf(b);
    if (x < 0 || y < 0) {
      return Similarity.of(a, b);
    }
    return of(x, y);
  }

  private int itemOf(Product p) {
    int i = table.indexOf(p.id());
    return i >= 0 && table.product(i) == p ? i : -1;
  }

  /** As {@link Similarity#of}, for two items of the table. */
  public double of(int a, int b) {
    if (a == b) {
      return 1;
    }
    return categoryAndBrand(a, b)
        + 0.2 * (tagBits != null ? jaccard(tagBits[a], tagBits[b]) : jaccard(tags[a], tags[b]));
  }

  /** What a shared category (0.5) and a shared brand (0.3) add to the similarity of two items. */
  private double categoryAndBrand(int a, int b) {
    double s = 0;
    if (category[a] >= 0 && category[a] == category[b]) {
      s += 0.5;
    }
    if (brand[a] >= 0 && brand[a] == brand[b]) {
      s += 0.3;
    }
    return s;
  }

  private static double jaccard(long a, long b) {
    if (a == 0 && b == 0) {
      return 1;
    }
    return (double) Long.bitCount(a & b) / Long.bitCount(a | b);
  }

  /** As {@link Similarity#max}. */
  public double max(Product p, List<Product> chosen) {
    double m = 0;
    for (int i = 0; i < chosen.size(); i++) {
      m = Math.max(m, of(p, chosen.get(i)));
    }
    return m;
  }

  /**
   * A bound that {@link #of(int, int)} never exceeds, without the tag overlap (which adds at most
   * 0.2): where it is below what a caller compares with, {@code of} need not be computed.
   */
  public double atMost(int a, int b) {
    if (a == b) {
      return 1;
    }
    return categoryAndBrand(a, b) + 0.2;
  }

  /** The highest similarity of {@code item} to {@code chosen[from..to)}, 0 when there are none. */
  public double max(int item, int[] chosen, int from, int to) {
    double m = 0;
    for (int i = from; i < to; i++) {
      m = Math.max(m, of(item, chosen[i]));
    }
    return m;
  }

  /**
   * True when {@code item} is at least {@code threshold} similar to one of {@code chosen[0..n)}.
   */
  public boolean reaches(int item, int[] chosen, int n, double threshold) {
    for (int i = 0; i < n; i++) {
      int other = chosen[i];
      if (item == other) {
        if (1 >= threshold) {
          return true;
        }
        continue;
      }
      double s = 0;
      if (category[item] >= 0 && category[item] == category[other]) {
        s += 0.5;
      }
      if (brand[item] >= 0 && brand[item] == brand[other]) {
        s += 0.3;
      }
      // the tags add at most 0.2 (s + 0.2 * j <= s + 0.2 for j <= 1): skip them when that is short
      if (s + 0.2 < threshold) {
        continue;
      }
      double t =
          tagBits != null
              ? jaccard(tagBits[item], tagBits[other])
              : jaccard(tags[item], tags[other]);
      if (s + 0.2 * t >= threshold) {
        return true;
      }
    }
    return false;
  }

  private static double jaccard(int[] a, int[] b) {
    if (a.length == 0 && b.length == 0) {
      return 1;
    }
    int both = 0;
    int i = 0;
    int j = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        both++;
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    int union = a.length + b.length - both;
    return union == 0 ? 0 : (double) both / union;
  }
}
