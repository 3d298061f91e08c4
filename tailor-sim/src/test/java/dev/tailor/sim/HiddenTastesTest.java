package dev.tailor.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** The hidden tastes explain the behaviour well enough for a model to recover them. */
class HiddenTastesTest {
  private final SampleShop shop = SampleShop.get();

  @Test
  void everyCustomerHasTastesWithWeightsThatSumToOne() {
    assertThat(shop.tastes.keySet()).isEqualTo(shop.customers.keySet());
    for (CSVRecord t : shop.tastes.values()) {
      assertThat(weightSum(t.get("top_categories")))
          .isCloseTo(1.0, org.assertj.core.data.Offset.offset(0.01));
      assertThat(weightSum(t.get("top_brands")))
          .isCloseTo(1.0, org.assertj.core.data.Offset.offset(0.01));
      assertThat(t.get("preferred_tier")).isIn("budget", "mid", "premium");
      assertThat(Integer.parseInt(t.get("preferred_hour"))).isBetween(0, 23);
    }
  }

  @Test
  void viewsFallInTheTopAffinityCategoryFarMoreOftenThanItsBaseRate() {
    Map<String, Long> viewsByCategory = new HashMap<>();
    List<String[]> customerViews = new ArrayList<>();
    for (CSVRecord r : views()) {
      String category = shop.products.get(r.get("product_id")).get("category");
      viewsByCategory.merge(category, 1L, Long::sum);
      customerViews.add(new String[] {r.get("customer_id"), category});
    }
    double total = customerViews.size();
    double observed = 0;
    double expected = 0;
    for (String[] v : customerViews) {
      String top = first(shop.tastes.get(v[0]).get("top_categories"));
      observed += top.equals(v[1]) ? 1 : 0;
      expected += viewsByCategory.get(top) / total;
    }
    assertThat(observed / total).isGreaterThan(0.35);
    assertThat(observed / expected).isGreaterThan(4.0);
  }

  @Test
  void purchasesFavourTheCustomersBrandsAndPriceTier() {
    double brandHits = 0;
    double brandBase = 0;
    double tierHits = 0;
    double tierBase = 0;
    List<CSVRecord> orders = events("order_completed");
    Map<String, Long> byBrand = new HashMap<>();
    Map<String, Long> byTier = new HashMap<>();
    for (CSVRecord r : orders) {
      byBrand.merge(shop.products.get(r.get("product_id")).get("brand"), 1L, Long::sum);
      byTier.merge(shop.hiddenProducts.get(r.get("product_id")).get("price_tier"), 1L, Long::sum);
    }
    for (CSVRecord r : orders) {
      CSVRecord taste = shop.tastes.get(r.get("customer_id"));
      String brand = shop.products.get(r.get("product_id")).get("brand");
      String favourite = first(taste.get("top_brands"));
      brandHits += brand.equals(favourite) ? 1 : 0;
      brandBase += byBrand.getOrDefault(favourite, 0L) / (double) orders.size();
      String tier = taste.get("preferred_tier");
      tierHits +=
          shop.hiddenProducts.get(r.get("product_id")).get("price_tier").equals(tier) ? 1 : 0;
      tierBase += byTier.getOrDefault(tier, 0L) / (double) orders.size();
    }
    assertThat(brandHits / brandBase).isGreaterThan(2.0);
    assertThat(tierHits / tierBase).isGreaterThan(1.2);
  }

  @Test
  void browsingHappensNearThePreferredLocalHour() {
    long near = 0;
    List<CSVRecord> views = views();
    for (CSVRecord r : views) {
      String customer = r.get("customer_id");
      ZoneId zone = ZoneId.of(shop.customers.get(customer).get("timezone"));
      int hour = Instant.parse(r.get("timestamp")).atZone(zone).getHour();
      int preferred = Integer.parseInt(shop.tastes.get(customer).get("preferred_hour"));
      int distance = Math.floorMod(hour - preferred, 24);
      near += Math.min(distance, 24 - distance) <= 2 ? 1 : 0;
    }
    // Uniform hours would put 5 of 24 views (21%) within two hours of the preferred one.
    assertThat((double) near / views.size()).isGreaterThan(0.6);
  }

  @Test
  void activityIsHeavyTailedWithManyLightAndFewHeavyShoppers() {
    Map<String, Long> perCustomer = new HashMap<>();
    for (CSVRecord r : views()) {
      perCustomer.merge(r.get("customer_id"), 1L, Long::sum);
    }
    List<Long> counts = new ArrayList<>(perCustomer.values());
    while (counts.size() < shop.customers.size()) {
      counts.add(0L);
    }
    counts.sort(null);
    long total = counts.stream().mapToLong(Long::longValue).sum();
    long topDecile =
        counts.subList(counts.size() * 9 / 10, counts.size()).stream()
            .mapToLong(Long::longValue)
            .sum();
    assertThat((double) topDecile / total).isGreaterThan(0.4);
    assertThat(counts.get(counts.size() / 2)).isLessThan(counts.get(counts.size() - 1) / 10);
  }

  @Test
  void activeCustomersInTheHiddenFileBrowseMoreThanQuietOnes() {
    Map<String, Long> perCustomer = new HashMap<>();
    for (CSVRecord r : views()) {
      perCustomer.merge(r.get("customer_id"), 1L, Long::sum);
    }
    double quiet = 0;
    double busy = 0;
    int quietN = 0;
    int busyN = 0;
    for (CSVRecord t : shop.tastes.values()) {
      double activity = Double.parseDouble(t.get("activity"));
      long views = perCustomer.getOrDefault(t.get("customer_id"), 0L);
      if (activity < 0.3) {
        quiet += views;
        quietN++;
      } else if (activity > 2) {
        busy += views;
        busyN++;
      }
    }
    assertThat(busy / busyN).isGreaterThan(5 * quiet / quietN);
  }

  private List<CSVRecord> views() {
    return shop.events.stream()
        .filter(r -> r.get("event").equals("product_viewed") && !r.get("customer_id").isEmpty())
        .toList();
  }

  private List<CSVRecord> events(String type) {
    return shop.events.stream().filter(r -> r.get("event").equals(type)).toList();
  }

  /** The name of the first {@code name:weight} pair. */
  static String first(String pairs) {
    String head = pairs.split("\\|")[0];
    return head.substring(0, head.lastIndexOf(':'));
  }

  private static double weightSum(String pairs) {
    double sum = 0;
    for (String pair : pairs.split("\\|")) {
      sum += Double.parseDouble(pair.substring(pair.lastIndexOf(':') + 1));
    }
    return sum;
  }
}
