package dev.tailor.sim.catalog;

import dev.tailor.core.catalog.Product;
import dev.tailor.sim.csv.CsvBuffer;
import java.util.List;

/** The columns of {@code products.csv} and how a product fills them. */
public final class ProductCsv {
  /** The file's name. */
  public static final String FILE_NAME = "products.csv";

  /** The header row, exactly as the interchange format names the columns. */
  public static final List<String> HEADER =
      List.of(
          "product_id",
          "title",
          "category",
          "brand",
          "price",
          "currency",
          "inventory",
          "margin",
          "url",
          "image_url",
          "tags",
          "available_from",
          "available_to",
          "published",
          "created_at");

  private ProductCsv() {}

  /** Appends one row for {@code p}; absent values become empty fields. */
  public static void append(CsvBuffer out, Product p) {
    out.field(p.id())
        .field(p.title().orElse(null))
        .field(p.categoryPath())
        .field(p.brand().orElse(null))
        .field(p.price().map(v -> v.toPlainString()).orElse(null))
        .field(p.currency().orElse(null))
        .field(p.inventory().map(String::valueOf).orElse(null))
        .field(p.margin().map(String::valueOf).orElse(null))
        .field(p.url().orElse(null))
        .field(p.imageUrl().orElse(null))
        .field(String.join("|", p.tags()))
        .instant(p.availableFrom().orElse(null))
        .instant(p.availableTo().orElse(null))
        .field(p.published())
        .instant(p.createdAt().orElse(null))
        .endRow();
  }
}
