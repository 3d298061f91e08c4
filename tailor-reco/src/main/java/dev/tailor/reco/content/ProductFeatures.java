package dev.tailor.reco.content;

import dev.tailor.core.catalog.Product;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The raw features of a product with their term frequency: {@code t:<word>} per title word
 * (lower-cased, split on anything but letters and digits), {@code c:<path>} per category level
 * ({@code c:women}, {@code c:women>dresses}), {@code b:<brand>}, {@code g:<tag>} and {@code
 * p:<tier>} for the price band.
 */
final class ProductFeatures {
  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  private final ContentConfig config;
  private final BigDecimal[] cuts;

  /** Price bands are cut at the quantiles of the prices of {@code catalog}. */
  ProductFeatures(ContentConfig config, Collection<Product> catalog) {
    this.config = config;
    BigDecimal[] prices =
        catalog.stream().flatMap(p -> p.price().stream()).sorted().toArray(BigDecimal[]::new);
    this.cuts = prices;
  }

  /** Feature → term frequency, sorted by feature. */
  Map<String, Integer> of(Product p) {
    Map<String, Integer> tf = new TreeMap<>();
    p.title()
        .ifPresent(
            title -> {
              for (String word : NON_WORD.split(title.toLowerCase(Locale.ROOT))) {
                if (word.length() >= config.minTokenLength()) {
                  tf.merge("t:" + word, 1, Integer::sum);
                }
              }
            });
    StringBuilder path = new StringBuilder();
    for (String level : p.category()) {
      String l = level.strip().toLowerCase(Locale.ROOT);
      if (!l.isEmpty()) {
        path.append(path.length() == 0 ? "" : ">").append(l);
        tf.put("c:" + path, 1);
      }
    }
    p.brand()
        .map(b -> b.strip().toLowerCase(Locale.ROOT))
        .filter(b -> !b.isEmpty())
        .ifPresent(b -> tf.put("b:" + b, 1));
    for (String tag : p.tags()) {
      String t = tag.strip().toLowerCase(Locale.ROOT);
      if (!t.isEmpty()) {
        tf.put("g:" + t, 1);
      }
    }
    if (config.priceTiers() > 0 && cuts.length > 0) {
      p.price().ifPresent(price -> tf.put("p:" + tier(price), 1));
    }
    return tf;
  }

  /** {@code floor(below × tiers / prices)}: the share of catalog prices strictly below. */
  int tier(BigDecimal price) {
    int below = lowerBound(price);
    return Math.min(
        config.priceTiers() - 1, (int) ((long) below * config.priceTiers() / cuts.length));
  }

  private int lowerBound(BigDecimal price) {
    int lo = 0;
    int hi = cuts.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (cuts[mid].compareTo(price) < 0) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
