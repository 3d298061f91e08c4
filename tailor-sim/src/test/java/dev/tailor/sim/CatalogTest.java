package dev.tailor.sim;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tailor.core.catalog.Product;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class CatalogTest {
  private final SampleShop shop = SampleShop.get();
  private final List<CSVRecord> products = List.copyOf(shop.products.values());

  @Test
  void everyProductRowBuildsAValidCoreProduct() {
    for (CSVRecord r : products) {
      Product p = toProduct(r);
      assertThat(p.price().orElseThrow().scale()).isEqualTo(2);
      assertThat(p.margin().orElseThrow()).isBetween(0.15, 0.70);
      assertThat(p.currency()).contains("EUR");
      assertThat(p.tags()).hasSize(4);
      assertThat(p.category()).hasSize(2);
    }
  }

  @Test
  void theCatalogHasACategoryTreeAndAboutTwentyBrands() {
    Set<String> leaves = new HashSet<>();
    Set<String> departments = new HashSet<>();
    Set<String> brands = new HashSet<>();
    for (CSVRecord r : products) {
      leaves.add(r.get("category"));
      departments.add(Product.parseCategory(r.get("category")).get(0));
      brands.add(r.get("brand"));
    }
    assertThat(leaves).hasSizeBetween(15, 25).contains("Women > Dresses", "Men > Shirts");
    assertThat(departments).contains("Women", "Men", "Shoes", "Accessories");
    assertThat(brands).hasSizeBetween(16, 20);
  }

  @Test
  void someProductsAreOutOfStockLowSeasonalUnpublishedOrNewArrivals() {
    Instant end = SampleShop.CONFIG.end();
    long outOfStock = count("inventory", "0");
    long low =
        products.stream().filter(r -> between(Integer.parseInt(r.get("inventory")), 1, 5)).count();
    long unpublished = count("published", "false");
    long seasonal = products.stream().filter(r -> !r.get("available_from").isEmpty()).count();
    long expired =
        products.stream()
            .filter(r -> !r.get("available_to").isEmpty())
            .filter(r -> Instant.parse(r.get("available_to")).isBefore(end))
            .count();
    long upcoming =
        products.stream()
            .filter(r -> !r.get("available_from").isEmpty())
            .filter(r -> Instant.parse(r.get("available_from")).isAfter(end))
            .count();
    long newArrivals =
        products.stream()
            .filter(r -> Instant.parse(r.get("created_at")).isAfter(end.minusSeconds(21 * 86_400L)))
            .count();
    assertThat(outOfStock).isBetween(10L, 60L);
    assertThat(low).isBetween(10L, 80L);
    assertThat(unpublished).isBetween(3L, 30L);
    assertThat(seasonal).isBetween(40L, 160L);
    assertThat(expired).isPositive();
    assertThat(upcoming).isPositive();
    assertThat(newArrivals).isBetween(15L, 80L);
  }

  @Test
  void premiumBrandsCostMoreThanBudgetBrandsAndMarginsFollowTheTier() {
    Map<String, String> tierOf = new HashMap<>();
    shop.hiddenProducts.forEach((id, r) -> tierOf.put(id, r.get("price_tier")));
    Map<String, List<Double>> prices = new HashMap<>();
    Map<String, List<Double>> margins = new HashMap<>();
    for (CSVRecord r : products) {
      String tier = tierOf.get(r.get("product_id"));
      prices.computeIfAbsent(tier, k -> new ArrayList<>()).add(Double.parseDouble(r.get("price")));
      margins
          .computeIfAbsent(tier, k -> new ArrayList<>())
          .add(Double.parseDouble(r.get("margin")));
    }
    assertThat(median(prices.get("premium"))).isGreaterThan(2.5 * median(prices.get("budget")));
    assertThat(median(prices.get("mid")))
        .isBetween(median(prices.get("budget")), median(prices.get("premium")));
    assertThat(median(margins.get("premium"))).isGreaterThan(median(margins.get("budget")) + 0.2);
  }

  @Test
  void titlesReadLikeShopTitlesAndSomeNeedQuoting() {
    assertThat(products).allSatisfy(r -> assertThat(r.get("title")).matches("[A-Z\"].{4,80}"));
    assertThat(products).anySatisfy(r -> assertThat(r.get("title")).contains(", "));
    assertThat(products).anySatisfy(r -> assertThat(r.get("title")).contains("\""));
    long distinct = products.stream().map(r -> r.get("title")).distinct().count();
    assertThat(distinct).isGreaterThan(products.size() * 8L / 10);
  }

  @Test
  void addressesUseTheReservedExampleDomainAndTagsAreSeparatedByBars() {
    for (CSVRecord r : products) {
      String id = r.get("product_id").toLowerCase(java.util.Locale.ROOT);
      assertThat(r.get("url")).startsWith("https://shop.example/products/").endsWith("-" + id);
      assertThat(r.get("image_url")).isEqualTo("https://shop.example/images/" + id + ".jpg");
      List<String> tags = Arrays.asList(r.get("tags").split("\\|"));
      assertThat(tags.get(2)).isIn("all-season", "summer", "winter", "holiday");
    }
  }

  private long count(String column, String value) {
    return products.stream().filter(r -> r.get(column).equals(value)).count();
  }

  private static boolean between(int value, int min, int max) {
    return value >= min && value <= max;
  }

  private static double median(List<Double> values) {
    List<Double> sorted = values.stream().sorted().toList();
    return sorted.get(sorted.size() / 2);
  }

  static Product toProduct(CSVRecord r) {
    return Product.builder(r.get("product_id"))
        .title(r.get("title"))
        .category(Product.parseCategory(r.get("category")))
        .brand(r.get("brand"))
        .price(new BigDecimal(r.get("price")))
        .currency(r.get("currency"))
        .inventory(Integer.parseInt(r.get("inventory")))
        .margin(Double.parseDouble(r.get("margin")))
        .url(r.get("url"))
        .imageUrl(r.get("image_url"))
        .tags(List.of(r.get("tags").split("\\|")))
        .availableFrom(instantOrNull(r.get("available_from")))
        .availableTo(instantOrNull(r.get("available_to")))
        .published(Boolean.parseBoolean(r.get("published")))
        .createdAt(Instant.parse(r.get("created_at")))
        .build();
  }

  private static Instant instantOrNull(String s) {
    return s.isEmpty() ? null : Instant.parse(s);
  }
}
