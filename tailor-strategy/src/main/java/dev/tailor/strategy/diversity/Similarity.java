package dev.tailor.strategy.diversity;

import dev.tailor.core.catalog.Product;
import java.util.List;

/**
 * How alike two catalog items look to a reader of the email, 0..1: half for the same category path,
 * 0.3 for the same brand, 0.2 × the Jaccard overlap of their tags. Two items of the same category,
 * brand and tags score 1.
 */
public final class Similarity {
  private Similarity() {}

  public static double of(Product a, Product b) {
    if (a == b) {
      return 1;
    }
    double s = 0;
    if (!a.category().isEmpty() && a.category().equals(b.category())) {
      s += 0.5;
    }
    if (a.brand().isPresent() && a.brand().equals(b.brand())) {
      s += 0.3;
    }
    s += 0.2 * jaccard(a.tags(), b.tags());
    return s;
  }

  /** The highest similarity of {@code p} to any of {@code chosen}, 0 when none. */
  public static double max(Product p, List<Product> chosen) {
    double m = 0;
    for (Product c : chosen) {
      m = Math.max(m, of(p, c));
    }
    return m;
  }

  private static double jaccard(List<String> a, List<String> b) {
    if (a.isEmpty() && b.isEmpty()) {
      return 1;
    }
    int both = 0;
    int distinctA = 0;
    for (int i = 0; i < a.size(); i++) {
      String t = a.get(i);
      if (a.subList(0, i).contains(t)) {
        continue;
      }
      distinctA++;
      if (b.contains(t)) {
        both++;
      }
    }
    int distinctB = 0;
    for (int i = 0; i < b.size(); i++) {
      if (!b.subList(0, i).contains(b.get(i))) {
        distinctB++;
      }
    }
    int union = distinctA + distinctB - both;
    return union == 0 ? 0 : (double) both / union;
  }
}
