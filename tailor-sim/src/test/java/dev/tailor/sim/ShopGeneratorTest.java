package dev.tailor.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tailor.core.TailorException;
import dev.tailor.core.event.EventType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShopGeneratorTest {
  private static final List<String> FILES =
      List.of(
          "products.csv",
          "customers.csv",
          "events.csv",
          "hidden-tastes.csv",
          "hidden-products.csv");
  private static final SimConfig SMALL =
      SimConfig.defaults().withCustomers(300).withProducts(60).withDays(45).withSeed(11);

  private final SampleShop shop = SampleShop.get();

  @Test
  void theSameConfigWritesByteIdenticalFilesWhateverTheNumberOfThreads(
      @TempDir Path one, @TempDir Path three) throws IOException {
    ShopGenerator.generate(SMALL, one, ProgressListener.NONE, 1);
    ShopGenerator.generate(SMALL, three, ProgressListener.NONE, 3);
    for (String file : FILES) {
      assertThat(Files.readAllBytes(three.resolve(file)))
          .as(file)
          .isEqualTo(Files.readAllBytes(one.resolve(file)));
    }
  }

  @Test
  void anotherSeedWritesOtherFiles(@TempDir Path a, @TempDir Path b) throws IOException {
    ShopGenerator.generate(SMALL, a, ProgressListener.NONE, 2);
    ShopGenerator.generate(SMALL.withSeed(12), b, ProgressListener.NONE, 2);
    for (String file : FILES) {
      assertThat(Files.readAllBytes(b.resolve(file)))
          .as(file)
          .isNotEqualTo(Files.readAllBytes(a.resolve(file)));
    }
  }

  @Test
  void everyFileStartsWithExactlyItsInterchangeColumns() {
    assertThat(SampleShop.header(shop.dir.resolve("products.csv")))
        .containsExactly(
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
    assertThat(SampleShop.header(shop.dir.resolve("customers.csv")))
        .containsExactly(
            "customer_id",
            "email",
            "first_name",
            "last_name",
            "timezone",
            "country",
            "consent",
            "consent_at",
            "created_at",
            "loyalty_tier",
            "signup_source");
    assertThat(SampleShop.header(shop.dir.resolve("events.csv")))
        .containsExactly(
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
            "event_id");
    assertThat(SampleShop.header(shop.dir.resolve("hidden-tastes.csv")))
        .startsWith("customer_id", "top_categories", "top_brands", "preferred_tier");
  }

  @Test
  void theSummaryCountsTheRowsOfEveryFile() {
    SimSummary summary = shop.summary;
    assertThat(summary.products()).isEqualTo(400).isEqualTo(shop.products.size());
    assertThat(summary.customers()).isEqualTo(2_000).isEqualTo(shop.customers.size());
    assertThat(summary.events()).isEqualTo(shop.events.size());
    assertThat(summary.rowsByFile())
        .containsEntry("hidden-tastes.csv", 2_000L)
        .containsEntry("hidden-products.csv", 400L)
        .containsOnlyKeys(FILES);
    Map<String, Long> byType =
        shop.events.stream()
            .collect(Collectors.groupingBy(r -> r.get("event"), Collectors.counting()));
    for (EventType type : EventType.values()) {
      assertThat(summary.eventsByType().get(type))
          .as(type.wireName())
          .isEqualTo(byType.getOrDefault(type.wireName(), 0L));
    }
    assertThat(summary.directory()).isEqualTo(shop.dir);
  }

  @Test
  void theDefaultsWriteTensOfThousandsOfEventsOfEveryInterchangeType() {
    double perCustomer = (double) shop.summary.events() / shop.summary.customers();
    assertThat(perCustomer).isBetween(10.0, 40.0);
    for (EventType type : EventType.values()) {
      if (type != EventType.ORDER_REFUNDED
          && type != EventType.EMAIL_FEEDBACK_POSITIVE
          && type != EventType.EMAIL_FEEDBACK_NEGATIVE) {
        assertThat(shop.summary.eventsByType().get(type)).as(type.wireName()).isPositive();
      }
    }
  }

  @Test
  void progressIsReportedInOrderUpToTheTotal(@TempDir Path dir) {
    List<long[]> calls = new ArrayList<>();
    ShopGenerator.generate(
        SMALL.withCustomers(1_234), dir, (done, total) -> calls.add(new long[] {done, total}), 2);
    assertThat(calls).isNotEmpty();
    assertThat(calls.get(calls.size() - 1)).containsExactly(1_234, 1_234);
    for (int i = 1; i < calls.size(); i++) {
      assertThat(calls.get(i)[0]).isGreaterThan(calls.get(i - 1)[0]);
    }
  }

  @Test
  void aMissingFolderIsCreatedAndASingleCustomerIsEnough(@TempDir Path dir) {
    Path out = dir.resolve("nested/shop");
    SimSummary summary =
        ShopGenerator.generate(SMALL.withCustomers(1).withDays(1), out, ProgressListener.NONE);
    assertThat(summary.customers()).isEqualTo(1);
    assertThat(out.resolve("events.csv")).exists();
  }

  @Test
  void zeroThreadsAreRejected(@TempDir Path dir) {
    assertThatThrownBy(() -> ShopGenerator.generate(SMALL, dir, ProgressListener.NONE, 0))
        .isInstanceOf(TailorException.class)
        .hasMessage("threads must be at least 1");
  }

  @Test
  void customerRowsAreInIdOrder() {
    List<String> ids = new ArrayList<>(shop.customers.keySet());
    assertThat(ids).isSorted().startsWith("C0000001").endsWith("C0002000");
    List<String> tasteIds =
        shop.tastes.values().stream().map(CSVRecord::toList).map(l -> l.get(0)).toList();
    assertThat(tasteIds).isEqualTo(ids);
  }
}
