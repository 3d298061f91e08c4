package dev.tailor.sim.catalog;

/**
 * What the behaviour simulation needs to know about one product, kept compact so that large
 * catalogs fit in a small heap. The full product is written to {@code products.csv} and dropped.
 *
 * @param index position in the catalog, 0-based
 * @param id the product id, e.g. {@code P000042}
 * @param category index into {@link FashionRange#CATEGORIES}
 * @param brand index into {@link FashionRange#BRANDS}
 * @param tier the brand's price tier
 * @param price unit price in EUR as written, e.g. {@code 49.99}
 * @param popularity hidden appeal of the product; views and purchases are proportional to it
 * @param activeFrom first second the product can be seen (created, published and on sale)
 * @param activeTo last second the product can be seen
 * @param season the collection it belongs to
 */
public record CatalogItem(
    int index,
    String id,
    int category,
    int brand,
    PriceTier tier,
    String price,
    double popularity,
    long activeFrom,
    long activeTo,
    Season season) {

  /** True if a visitor could see and buy the product at {@code t} (epoch seconds). */
  public boolean activeAt(long t) {
    return t >= activeFrom && t <= activeTo;
  }

  /** The id of the product at {@code index}: {@code P} and at least six digits, 1-based. */
  public static String idOf(int index) {
    String digits = Integer.toString(index + 1);
    return digits.length() >= 6 ? "P" + digits : "P" + "000000".substring(digits.length()) + digits;
  }
}
