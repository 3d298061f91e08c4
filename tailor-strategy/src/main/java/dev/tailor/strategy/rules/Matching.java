package dev.tailor.strategy.rules;

import dev.tailor.core.catalog.Product;
import java.util.List;
import java.util.Locale;

/** How rules match categories, brands and tags (case-insensitive). */
public final class Matching {
  private Matching() {}

  /**
   * True when {@code product}'s category path starts with {@code path} (levels separated by {@code
   * >}), or, for a one-level name, when any level of the product's path is that name.
   */
  public static boolean inCategory(Product product, String path) {
    List<String> want = Product.parseCategory(path);
    List<String> have = product.category();
    if (want.isEmpty() || have.isEmpty()) {
      return false;
    }
    if (want.size() == 1) {
      return have.stream().anyMatch(l -> l.equalsIgnoreCase(want.get(0)));
    }
    if (want.size() > have.size()) {
      return false;
    }
    for (int i = 0; i < want.size(); i++) {
      if (!want.get(i).equalsIgnoreCase(have.get(i))) {
        return false;
      }
    }
    return true;
  }

  public static boolean inAnyCategory(Product product, List<String> paths) {
    return paths.stream().anyMatch(p -> inCategory(product, p));
  }

  public static boolean hasBrand(Product product, List<String> brands) {
    return product.brand().map(b -> contains(brands, b)).orElse(false);
  }

  public static boolean hasAnyTag(Product product, List<String> tags) {
    return product.tags().stream().anyMatch(t -> contains(tags, t));
  }

  private static boolean contains(List<String> list, String value) {
    String v = value.toLowerCase(Locale.ROOT);
    return list.stream().anyMatch(s -> s.toLowerCase(Locale.ROOT).equals(v));
  }
}
