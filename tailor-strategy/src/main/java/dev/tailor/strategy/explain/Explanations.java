package dev.tailor.strategy.explain;

import dev.tailor.core.catalog.Product;
import dev.tailor.strategy.spec.Scope;
import dev.tailor.strategy.spec.Seed;
import dev.tailor.strategy.spec.SourceSpec;
import java.util.Optional;

/** Why an item is shown, in a short sentence a customer could read. */
public final class Explanations {
  private Explanations() {}

  /**
   * @param source the source that proposed the item
   * @param algorithm the model or list that proposed it
   * @param item the item
   * @param seed the seed product it relates to, if any
   * @param fallback true when a fallback supplied it
   */
  public static String of(
      SourceSpec source, String algorithm, Product item, Optional<Product> seed, boolean fallback) {
    String category =
        item.category().isEmpty() ? "" : item.category().get(item.category().size() - 1);
    if (fallback || source.algorithm().isEmpty()) {
      return generic(algorithm);
    }
    if (seed.isPresent()) {
      String title = seed.get().title().orElse(seed.get().id());
      String how =
          switch (source.seed()) {
            case LAST_VIEWED -> "you viewed";
            case CART -> "in your cart";
            default -> "you bought";
          };
      return algorithm.equals("copurchase")
          ? "Often bought with " + title + " (" + how + ")"
          : "Similar to " + title + " (" + how + ")";
    }
    if (source.seed() == Seed.PREFERRED_CATEGORY) {
      return (algorithm.equals("trending") ? "Trending in " : "Popular in ") + category;
    }
    if (source.scope() == Scope.OUTSIDE_USUAL) {
      return "Something new to discover in " + category;
    }
    return generic(algorithm);
  }

  private static String generic(String algorithm) {
    return switch (algorithm) {
      case "popular" -> "A bestseller";
      case "trending" -> "Trending now";
      case "curated" -> "Selected by the shop";
      default -> "Picked for you";
    };
  }
}
