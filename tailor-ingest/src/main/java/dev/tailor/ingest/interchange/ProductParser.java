package dev.tailor.ingest.interchange;

import dev.tailor.core.TailorException;
import dev.tailor.core.catalog.Product;
import dev.tailor.ingest.read.Row;
import java.time.Instant;
import java.util.Locale;

/** Reads {@code products} rows; unknown columns become custom attributes. */
public final class ProductParser implements RecordParser<Product> {

  @Override
  public Product parse(Row row) {
    Product.Builder b = Product.builder(Fields.requiredId(row, "product_id"));
    b.title(Fields.text(row, "title"));
    String category = Fields.text(row, "category");
    if (category != null) {
      b.category(Product.parseCategory(category));
    }
    b.brand(Fields.text(row, "brand"));
    b.price(Fields.nonNegativeDecimal(row, "price"));
    b.currency(currency(row));
    b.inventory(Fields.integer(row, "inventory"));
    b.margin(Fields.fraction(row, "margin"));
    b.url(Fields.text(row, "url"));
    b.imageUrl(Fields.text(row, "image_url"));
    b.tags(Fields.list(row, "tags"));
    Instant from = Fields.instant(row, "available_from");
    Instant to = Fields.instant(row, "available_to");
    if (from != null && to != null && to.isBefore(from)) {
      throw new FieldException("available_to", "is before available_from");
    }
    b.availableFrom(from).availableTo(to);
    Boolean published = Fields.bool(row, "published");
    b.published(published == null || published);
    b.createdAt(Fields.instant(row, "created_at"));
    b.attributes(CustomAttributes.of(row, Target.PRODUCTS));
    try {
      return b.build();
    } catch (TailorException e) {
      throw new FieldException("", e.getMessage());
    }
  }

  private static String currency(Row row) {
    String v = Fields.text(row, "currency");
    if (v == null) {
      return null;
    }
    if (v.length() != 3 || !v.chars().allMatch(c -> c < 128 && Character.isLetter(c))) {
      throw new FieldException("currency", "not a three-letter ISO 4217 code: '" + v + "'");
    }
    return v.toUpperCase(Locale.ROOT);
  }

  @Override
  public String idOf(Product record) {
    return record.id();
  }
}
