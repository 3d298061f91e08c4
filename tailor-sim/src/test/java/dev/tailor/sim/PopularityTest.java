package dev.tailor.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** Bestsellers, trends and repeat buyers emerge from the simulated behaviour. */
class PopularityTest {
  private final SampleShop shop = SampleShop.get();

  @Test
  void aTenthOfTheProductsSellsMoreThanAThirdOfTheUnits() {
    Map<String, Long> units = new HashMap<>();
    for (CSVRecord r : shop.events) {
      if (r.get("event").equals("order_completed")) {
        units.merge(r.get("product_id"), Long.parseLong(r.get("quantity")), Long::sum);
      }
    }
    List<Long> sorted = new ArrayList<>(units.values());
    sorted.sort((a, b) -> Long.compare(b, a));
    long total = sorted.stream().mapToLong(Long::longValue).sum();
    long top =
        sorted.subList(0, shop.products.size() / 10).stream().mapToLong(Long::longValue).sum();
    assertThat((double) top / total).isGreaterThan(0.35);
  }

  @Test
  void trendingProductsDrawFarMoreAttentionInTheFinalDays() {
    Set<String> trending = new HashSet<>();
    shop.hiddenProducts.forEach(
        (id, r) -> {
          if (r.get("trending").equals("true")) {
            trending.add(id);
          }
        });
    assertThat(trending).hasSizeBetween(3, 40);
    Instant trendStart = SampleShop.CONFIG.end().minusSeconds(7 * 86_400L);
    double[] late = new double[2];
    double[] early = new double[2];
    for (CSVRecord r : shop.events) {
      if (!r.get("event").equals("product_viewed")) {
        continue;
      }
      double[] bucket = Instant.parse(r.get("timestamp")).isBefore(trendStart) ? early : late;
      bucket[0] += trending.contains(r.get("product_id")) ? 1 : 0;
      bucket[1]++;
    }
    assertThat(late[0] / late[1]).isGreaterThan(3 * early[0] / early[1]);
  }

  @Test
  void someCustomersBuyAgain() {
    Map<String, Set<String>> orders = new HashMap<>();
    for (CSVRecord r : shop.events) {
      if (r.get("event").equals("order_completed")) {
        orders.computeIfAbsent(r.get("customer_id"), k -> new HashSet<>()).add(r.get("order_id"));
      }
    }
    long repeat = orders.values().stream().filter(s -> s.size() >= 2).count();
    assertThat(orders).hasSizeGreaterThan(300);
    assertThat(repeat).isGreaterThan(50);
  }

  @Test
  void emailsAreOpenedAndClickedAtPlausibleRates() {
    Map<String, Long> byType = EventValidityTest.countBy(shop.events, "event");
    double delivered = byType.get("email_delivered");
    assertThat(byType.get("email_opened") / delivered).isBetween(0.1, 0.5);
    assertThat(byType.get("email_clicked") / delivered).isBetween(0.01, 0.15);
    assertThat(byType.get("email_bounced")).isPositive();
  }
}
