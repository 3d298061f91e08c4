package dev.tailor.strategy.diversity;

import dev.tailor.core.catalog.Product;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
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
  /** An item's attributes as ids: -1 for no category or no brand; tags sorted and distinct. */
  private record Signature(int category, int brand, int[] tags) {}

  private final Map<Product, Signature> signatures = new IdentityHashMap<>();

  public SimilarityIndex(Collection<Product> catalog) {
    Map<List<String>, Integer> categories = new HashMap<>();
    Map<String, Integer> brands = new HashMap<>();
    Map<String, Integer> tags = new HashMap<>();
    for (Product p : catalog) {
      int category =
          p.category().isEmpty()
              ? -1
              : categories.computeIfAbsent(p.category(), k -> categories.size());
      int brand = p.brand().map(b -> brands.computeIfAbsent(b, k -> brands.size())).orElse(-1);
      int[] t =
          p.tags().stream()
              .mapToInt(tag -> tags.computeIfAbsent(tag, k -> tags.size()))
              .sorted()
              .distinct()
              .toArray();
      signatures.put(p, new Signature(category, brand, t));
    }
  }

  /** As {@link Similarity#of}. */
  public double of(Product a, Product b) {
    if (a == b) {
      return 1;
    }
    Signature x = signatures.get(a);
    Signature y = signatures.get(b);
    if (x == null || y == null) {
      return Similarity.of(a, b);
    }
    double s = 0;
    if (x.category >= 0 && x.category == y.category) {
      s += 0.5;
    }
    if (x.brand >= 0 && x.brand == y.brand) {
      s += 0.3;
    }
    s += 0.2 * jaccard(x.tags, y.tags);
    return s;
  }

  /** As {@link Similarity#max}. */
  public double max(Product p, List<Product> chosen) {
    double m = 0;
    for (int i = 0; i < chosen.size(); i++) {
      m = Math.max(m, of(p, chosen.get(i)));
    }
    return m;
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
