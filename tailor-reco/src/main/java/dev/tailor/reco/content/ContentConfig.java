package dev.tailor.reco.content;

import dev.tailor.core.ErrorCode;
import dev.tailor.core.TailorException;
import dev.tailor.reco.model.AlgorithmOptions;
import java.util.Set;

/**
 * How {@code content} describes products.
 *
 * @param priceTiers {@code content.price-tiers}: price bands cut at catalog quantiles, one feature
 *     per band (default 5, 0 leaves price out, at most 20)
 * @param minTokenLength {@code content.min-token-length}: shorter title words are ignored (default
 *     2, 1..10)
 */
public record ContentConfig(int priceTiers, int minTokenLength) {
  public static final String ALGORITHM = "content";
  public static final ContentConfig DEFAULTS = new ContentConfig(5, 2);

  public ContentConfig {
    if (priceTiers < 0 || priceTiers > 20) {
      throw new TailorException(ErrorCode.BAD_INPUT, "content.price-tiers must be 0..20");
    }
    if (minTokenLength < 1 || minTokenLength > 10) {
      throw new TailorException(ErrorCode.BAD_INPUT, "content.min-token-length must be 1..10");
    }
  }

  /** Reads {@code content.price-tiers} and {@code content.min-token-length}. */
  public static ContentConfig from(AlgorithmOptions options) {
    options.requireKnown(ALGORITHM, Set.of("price-tiers", "min-token-length"));
    return new ContentConfig(
        options.integer(ALGORITHM, "price-tiers", 5, 0, 20),
        options.integer(ALGORITHM, "min-token-length", 2, 1, 10));
  }
}
