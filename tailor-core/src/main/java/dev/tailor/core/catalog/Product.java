package dev.tailor.core.catalog;

import dev.tailor.core.Attributes;
import dev.tailor.core.ErrorCode;
import dev.tailor.core.Ids;
import dev.tailor.core.TailorException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An item of the catalog: a product, or a content item such as an article or offer.
 *
 * @param id the shop's product id
 * @param title display name, if known
 * @param category category path from the root, e.g. {@code [Women, Dresses]}; empty if unknown
 * @param brand brand, if known
 * @param price unit price, if known (never negative)
 * @param currency ISO 4217 currency code, if known
 * @param inventory units in stock, if tracked
 * @param margin gross margin as a share of the price, 0..1, if known
 * @param url product page, if known
 * @param imageUrl product image, if known
 * @param tags free tags
 * @param availableFrom first moment the product may be shown, if limited
 * @param availableTo last moment the product may be shown, if limited
 * @param published whether the product is published in the shop
 * @param createdAt when the product was created, if known
 * @param attributes custom attributes (unknown columns of {@code products.csv})
 */
public record Product(
    String id,
    Optional<String> title,
    List<String> category,
    Optional<String> brand,
    Optional<BigDecimal> price,
    Optional<String> currency,
    Optional<Integer> inventory,
    Optional<Double> margin,
    Optional<String> url,
    Optional<String> imageUrl,
    List<String> tags,
    Optional<Instant> availableFrom,
    Optional<Instant> availableTo,
    boolean published,
    Optional<Instant> createdAt,
    Map<String, String> attributes) {

  /** Separator of category levels in the interchange files. */
  public static final String CATEGORY_SEPARATOR = " > ";

  public Product {
    id = Ids.require("product_id", id);
    Objects.requireNonNull(title, "title");
    category = List.copyOf(category);
    Objects.requireNonNull(brand, "brand");
    Objects.requireNonNull(price, "price");
    if (price.isPresent() && price.get().signum() < 0) {
      throw new TailorException(ErrorCode.BAD_INPUT, "price must not be negative");
    }
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(inventory, "inventory");
    Objects.requireNonNull(margin, "margin");
    if (margin.isPresent() && !(margin.get() >= 0 && margin.get() <= 1)) {
      throw new TailorException(ErrorCode.BAD_INPUT, "margin must be between 0 and 1");
    }
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(imageUrl, "imageUrl");
    tags = List.copyOf(tags);
    Objects.requireNonNull(availableFrom, "availableFrom");
    Objects.requireNonNull(availableTo, "availableTo");
    if (availableFrom.isPresent()
        && availableTo.isPresent()
        && availableTo.get().isBefore(availableFrom.get())) {
      throw new TailorException(
          ErrorCode.BAD_INPUT, "available_to must not be before available_from");
    }
    Objects.requireNonNull(createdAt, "createdAt");
    attributes = Attributes.copyOf(attributes);
  }

  /** The category path joined with {@code " > "}, or empty. */
  public String categoryPath() {
    return String.join(CATEGORY_SEPARATOR, category);
  }

  /** Splits a {@code " > "}-separated path into its levels, dropping blanks. */
  public static List<String> parseCategory(String path) {
    if (path == null || path.isBlank()) {
      return List.of();
    }
    return java.util.Arrays.stream(path.split(">"))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .toList();
  }

  /** True if at least one unit is in stock, or inventory is not tracked. */
  public boolean inStock() {
    return inventory.map(n -> n > 0).orElse(true);
  }

  /** True if published and {@code now} lies within the availability window. */
  public boolean availableAt(Instant now) {
    return published
        && availableFrom.map(f -> !now.isBefore(f)).orElse(true)
        && availableTo.map(t -> !now.isAfter(t)).orElse(true);
  }

  public static Builder builder(String id) {
    return new Builder(id);
  }

  /** Builds products field by field; absent values are left {@code null} here. */
  public static final class Builder {
    private final String id;
    private String title;
    private List<String> category = List.of();
    private String brand;
    private BigDecimal price;
    private String currency;
    private Integer inventory;
    private Double margin;
    private String url;
    private String imageUrl;
    private List<String> tags = List.of();
    private Instant availableFrom;
    private Instant availableTo;
    private boolean published = true;
    private Instant createdAt;
    private Map<String, String> attributes = Map.of();

    private Builder(String id) {
      this.id = id;
    }

    public Builder title(String v) {
      title = v;
      return this;
    }

    public Builder category(List<String> v) {
      category = v;
      return this;
    }

    public Builder brand(String v) {
      brand = v;
      return this;
    }

    public Builder price(BigDecimal v) {
      price = v;
      return this;
    }

    public Builder currency(String v) {
      currency = v;
      return this;
    }

    public Builder inventory(Integer v) {
      inventory = v;
      return this;
    }

    public Builder margin(Double v) {
      margin = v;
      return this;
    }

    public Builder url(String v) {
      url = v;
      return this;
    }

    public Builder imageUrl(String v) {
      imageUrl = v;
      return this;
    }

    public Builder tags(List<String> v) {
      tags = v;
      return this;
    }

    public Builder availableFrom(Instant v) {
      availableFrom = v;
      return this;
    }

    public Builder availableTo(Instant v) {
      availableTo = v;
      return this;
    }

    public Builder published(boolean v) {
      published = v;
      return this;
    }

    public Builder createdAt(Instant v) {
      createdAt = v;
      return this;
    }

    public Builder attributes(Map<String, String> v) {
      attributes = v;
      return this;
    }

    public Product build() {
      return new Product(
          id,
          Optional.ofNullable(title),
          category,
          Optional.ofNullable(brand),
          Optional.ofNullable(price),
          Optional.ofNullable(currency),
          Optional.ofNullable(inventory),
          Optional.ofNullable(margin),
          Optional.ofNullable(url),
          Optional.ofNullable(imageUrl),
          tags,
          Optional.ofNullable(availableFrom),
          Optional.ofNullable(availableTo),
          published,
          Optional.ofNullable(createdAt),
          attributes);
    }
  }
}
