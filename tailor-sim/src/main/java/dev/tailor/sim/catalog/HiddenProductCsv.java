package dev.tailor.sim.catalog;

import dev.tailor.sim.csv.CsvBuffer;
import java.util.List;

/**
 * The columns of {@code hidden-products.csv}: the hidden appeal of each product that shaped the
 * history (not an interchange file; {@code tailor import} ignores it).
 */
public final class HiddenProductCsv {
  /** The file's name. */
  public static final String FILE_NAME = "hidden-products.csv";

  /** The header row. */
  public static final List<String> HEADER =
      List.of("product_id", "popularity", "trending", "season", "price_tier");

  private HiddenProductCsv() {}

  /** Appends one row per product of {@code catalog}, in id order. */
  public static void append(CsvBuffer out, Catalog catalog) {
    for (CatalogItem item : catalog.items()) {
      out.field(item.id())
          .field(item.popularity(), 4)
          .field(catalog.isTrending(item.index()))
          .field(item.season().tag())
          .field(item.tier().wireName())
          .endRow();
    }
  }
}
