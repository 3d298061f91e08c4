package dev.tailor.sim.people;

import dev.tailor.sim.catalog.FashionRange;
import dev.tailor.sim.csv.CsvBuffer;
import java.util.List;

/**
 * The columns of {@code hidden-tastes.csv}: one row per customer with the preferences that
 * generated their behaviour. Lists are {@code |}-separated {@code name:weight} pairs, strongest
 * first, e.g. {@code Women > Dresses:0.612|Shoes > Heels:0.388}.
 */
public final class TasteCsv {
  /** The file's name. Not an interchange file: {@code tailor import} ignores it. */
  public static final String FILE_NAME = "hidden-tastes.csv";

  /** The header row. */
  public static final List<String> HEADER =
      List.of(
          "customer_id",
          "top_categories",
          "top_brands",
          "preferred_tier",
          "price_sensitivity",
          "exploration",
          "activity",
          "preferred_hour",
          "open_rate",
          "click_rate",
          "unsubscribe_rate",
          "bad_address");

  private TasteCsv() {}

  /** Appends the row of the customer {@code customerId} with tastes {@code t}. */
  public static void append(CsvBuffer out, String customerId, Taste t) {
    StringBuilder categories = new StringBuilder();
    for (int i = 0; i < t.categories().length; i++) {
      pair(
          categories,
          FashionRange.CATEGORIES.get(t.categories()[i]).path(),
          t.categoryWeights()[i]);
    }
    StringBuilder brands = new StringBuilder();
    for (int i = 0; i < t.brands().length; i++) {
      pair(brands, FashionRange.BRANDS.get(t.brands()[i]).name(), t.brandWeights()[i]);
    }
    out.field(customerId)
        .field(categories)
        .field(brands)
        .field(t.tier().wireName())
        .field(t.priceSensitivity(), 3)
        .field(t.exploration(), 3)
        .field(t.activity(), 3)
        .field(t.preferredHour())
        .field(t.openRate(), 3)
        .field(t.clickRate(), 3)
        .field(t.unsubscribeRate(), 4)
        .field(t.badAddress())
        .endRow();
  }

  private static void pair(StringBuilder out, String name, double weight) {
    if (out.length() > 0) {
      out.append('|');
    }
    long thousandths = Math.round(weight * 1000);
    out.append(name).append(':').append(thousandths / 1000).append('.');
    String fraction = Long.toString(thousandths % 1000);
    out.append("000", 0, 3 - fraction.length()).append(fraction);
  }
}
