package dev.tailor.ingest.interchange;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The three kinds of interchange file, in import order, with the fields each one knows. Unknown
 * fields of products and customers become custom attributes; events have none.
 */
public enum Target {
  PRODUCTS(
      "products",
      "product_id",
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
          "created_at")),
  CUSTOMERS(
      "customers",
      "customer_id",
      List.of(
          "customer_id",
          "email",
          "first_name",
          "last_name",
          "timezone",
          "country",
          "consent",
          "consent_at",
          "created_at")),
  EVENTS(
      "events",
      "event_id",
      List.of(
          "timestamp",
          "event",
          "customer_id",
          "anonymous_id",
          "product_id",
          "quantity",
          "price",
          "order_id",
          "campaign_id",
          "message_id",
          "event_id"));

  private final String fileStem;
  private final String idField;
  private final List<String> fields;
  private final Set<String> fieldSet;

  Target(String fileStem, String idField, List<String> fields) {
    this.fileStem = fileStem;
    this.idField = idField;
    this.fields = fields;
    this.fieldSet = Set.copyOf(fields);
  }

  /** The file name without extension ({@code events}), also the name used in mappings. */
  public String fileStem() {
    return fileStem;
  }

  /** The field that identifies a record. */
  public String idField() {
    return idField;
  }

  /** The known fields, in the documented order. */
  public List<String> fields() {
    return fields;
  }

  public boolean knows(String field) {
    return fieldSet.contains(field);
  }

  /** True when unknown fields are kept as custom attributes. */
  public boolean hasAttributes() {
    return this != EVENTS;
  }

  /** Parses {@code products}, {@code customers} or {@code events}, case-insensitively. */
  public static Optional<Target> find(String name) {
    for (Target t : values()) {
      if (t.fileStem.equals(name.strip().toLowerCase(Locale.ROOT))) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }
}
