package dev.tailor.strategy.spec;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Business rules, global or per slot; an empty field is not set here (a slot's set fields override
 * the global ones, see {@link #over}). Items must always be published, within their availability
 * window and in stock: those hard rules need no key.
 *
 * @param minInventory inventory at least this (untracked inventory passes)
 * @param minMargin margin at least this (unknown margin fails)
 * @param price the price band
 * @param excludePurchased leave out what the customer bought within this window
 * @param excludeEmailed leave out what was emailed to the customer within this window
 * @param includeCategories only these categories (path prefixes)
 * @param excludeCategories never these categories
 * @param includeBrands only these brands
 * @param excludeBrands never these brands
 * @param includeTags only items with one of these tags
 * @param excludeTags never items with one of these tags
 * @param seasonal exclusions by date range
 * @param maxPerBrand at most this many items of one brand in a slot
 * @param maxPerCategory at most this many items of one category in a slot
 * @param boosts soft rules
 */
public record RuleSpec(
    Optional<Integer> minInventory,
    Optional<Double> minMargin,
    Optional<PriceBand> price,
    Optional<Duration> excludePurchased,
    Optional<Duration> excludeEmailed,
    Optional<List<String>> includeCategories,
    Optional<List<String>> excludeCategories,
    Optional<List<String>> includeBrands,
    Optional<List<String>> excludeBrands,
    Optional<List<String>> includeTags,
    Optional<List<String>> excludeTags,
    Optional<List<SeasonalRule>> seasonal,
    Optional<Integer> maxPerBrand,
    Optional<Integer> maxPerCategory,
    Optional<BoostSpec> boosts) {

  public static final RuleSpec NONE =
      new RuleSpec(
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty());

  /** These rules with {@code base}'s filling the fields not set here. */
  public RuleSpec over(RuleSpec base) {
    return new RuleSpec(
        minInventory.or(base::minInventory),
        minMargin.or(base::minMargin),
        price.or(base::price),
        excludePurchased.or(base::excludePurchased),
        excludeEmailed.or(base::excludeEmailed),
        includeCategories.or(base::includeCategories),
        excludeCategories.or(base::excludeCategories),
        includeBrands.or(base::includeBrands),
        excludeBrands.or(base::excludeBrands),
        includeTags.or(base::includeTags),
        excludeTags.or(base::excludeTags),
        seasonal.or(base::seasonal),
        maxPerBrand.or(base::maxPerBrand),
        maxPerCategory.or(base::maxPerCategory),
        boosts.or(base::boosts));
  }
}
