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

  /** Distinct shared tags over distinct tags of either; loops without allocating (hot path). */
  private static double jaccard(List<String> a, List<String> b) {
    int na = a.size();
    int nb = b.size();
    if (na == 0 && nb == 0) {
      return 1;
    }
    int both = 0;
    int distinctA = 0;
    for (int i = 0; i < na; i++) {
      String t = a.get(i);
      if (indexOf(a, t, i) >= 0) {
        continue;
      }
      distinctA++;
      if (indexOf(b, t, nb) >= 0) {
        both++;
      }
    }
    int distinctB = 0;
    for (int i = 0; i < nb; i++) {
      if (indexOf(b, b.get(i), i) < 0) {
        distinctB++;
      }
    }
    int union = distinctA + distinctB - both;
    return union == 0 ? 0 : (double) both / union;
  }

  /** The first index below {@code end} holding {@code t}, or -1. */
  private static int indexOf(List<String> list, String t, int end) {
    for (int k = 0; k < end; k++) {
      if (t.equals(list.get(k))) {
        return k;
      }
    }
    return -1;
  }
}
