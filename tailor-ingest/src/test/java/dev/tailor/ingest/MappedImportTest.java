package dev.tailor.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.tailor.core.event.Event;
import dev.tailor.core.event.EventType;
import dev.tailor.ingest.interchange.Target;
import dev.tailor.ingest.mapping.MappingException;
import dev.tailor.testkit.memory.InMemoryStore;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MappedImportTest {
  @TempDir Path dir;
  @TempDir Path maps;
  private Folder folder;
  private final InMemoryStore store = new InMemoryStore();
  private final Importer importer = new Importer(store);

  /** A few lines in the shape of the UCI Online Retail export, one of each kind. */
  private static final String[] RETAIL = {
    "InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country",
    "536365,85123A,WHITE HANGING HEART,6,2010-12-01 08:26:00,2.55,17850.0,United Kingdom",
    "536365,71053,WHITE METAL LANTERN,6,2010-12-01 08:26:00,3.39,17850.0,United Kingdom",
    "536365,71053,WHITE METAL LANTERN,6,2010-12-01 08:26:00,3.39,17850.0,United Kingdom",
    "536366,22633,HAND WARMER,6,2010-12-01 08:28:00,1.85,,United Kingdom",
    "C536379,71053,WHITE METAL LANTERN,-1,2010-12-01 09:41:00,3.39,17850.0,United Kingdom",
    "536380,POST,POSTAGE,1,2010-12-01 09:45:00,18.0,12583.0,France",
    "536381,22139,damaged,-12,2010-12-01 10:00:00,0.0,,United Kingdom",
    "536382,22140,FREE GIFT,1,2010-12-01 10:00:00,0,12583.0,France",
    "536383,22141,BAD DATE,1,2010-13-45 10:00:00,1.0,12583.0,France",
  };

  @BeforeEach
  void setUp() {
    folder = new Folder(dir);
  }

  private ImportReport importWith(String mapping) {
    return importer.importDirectory(
        dir, ImportOptions.defaults().withMapping(mapping), ImportListener.NONE);
  }

  private static FileReport report(ImportReport r, Target target) {
    return r.files().stream().filter(f -> f.target() == target).findFirst().orElseThrow();
  }

  @Test
  void theUciMappingTurnsInvoiceLinesIntoProductsCustomersAndEvents() {
    folder.file("online-retail.csv.gz", RETAIL).file("SOURCE.md", "about");
    ImportReport r = importWith("uci-online-retail");
    assertThat(r.ignoredFiles()).containsExactly("SOURCE.md");

    FileReport events = report(r, Target.EVENTS);
    assertThat(events.rows()).isEqualTo(9);
    assertThat(events.created()).isEqualTo(4);
    assertThat(events.duplicates()).isEqualTo(1);
    assertThat(events.rejected()).isEqualTo(1);
    assertThat(events.skipReasons())
        .containsExactly(
            Map.entry(
                "service line (postage, fee, manual entry, discount, sample or bad debt), not a"
                    + " product",
                1L),
            Map.entry("stock adjustment: negative quantity on a normal invoice", 1L),
            Map.entry("free or adjustment line: unit price is 0", 1L));
    assertThat(r.rejects())
        .extracting(Reject::line, Reject::field)
        .containsExactly(tuple(10L, "events.timestamp"));

    assertThat(store.events().recentForCustomer("17850", 10))
        .extracting(Event::type, Event::quantity, Event::orderId)
        .containsExactlyInAnyOrder(
            tuple(EventType.ORDER_REFUNDED, 1, java.util.Optional.of("C536379")),
            tuple(EventType.ORDER_COMPLETED, 6, java.util.Optional.of("536365")),
            tuple(EventType.ORDER_COMPLETED, 6, java.util.Optional.of("536365")));
    assertThat(store.events().recentForCustomer("17850", 10).get(0).timestamp())
        .hasToString("2010-12-01T09:41:00Z");
    assertThat(store.customers().findById("12583").orElseThrow().country()).contains("France");
    assertThat(store.customers().count()).isEqualTo(2);
    assertThat(store.products().findById("71053").orElseThrow().title())
        .contains("WHITE METAL LANTERN");
    assertThat(store.products().findById("POST")).isEmpty();
    assertThat(store.products().findById("22140")).isEmpty();
    assertThat(report(r, Target.PRODUCTS).rejected()).isZero();
  }

  @Test
  void guestLinesGetAnAnonymousIdPerInvoice() {
    folder.file("online-retail.csv", RETAIL);
    importWith("uci-online-retail");
    assertThat(store.events().countByType()).containsEntry(EventType.ORDER_COMPLETED, 3L);
    assertThat(store.customers().findById("guest-536366")).isEmpty();
    assertThat(report(importWith("uci-online-retail"), Target.EVENTS).created()).isZero();
  }

  @Test
  void aMappingFileByPathCanFeedSeveralTargetsWithAttributesAndLineIds() {
    folder.file(
        "export.csv",
        "sku;name;when;who;score",
        "A1;Hat;01/02/2024;u1;5",
        "A2;Cap;02/02/2024;u2;1");
    new Folder(maps)
        .file(
            "shop.yaml",
            "sources:",
            "  - file: \"export.*\"",
            "    delimiter: \";\"",
            "    targets:",
            "      - into: events",
            "        fields:",
            "          event_id: { template: \"shop-{_line}\" }",
            "          timestamp: { column: when, date-format: dd/MM/yyyy }",
            "          event: product_viewed",
            "          customer_id: { column: who }",
            "          product_id: { column: sku }",
            "        rules:",
            "          - if: { column: score, less-than: 2 }",
            "            skip: low score",
            "      - into: products",
            "        fields: { product_id: { column: sku }, title: { column: name } }",
            "        attributes: { score: { column: score } }");
    ImportReport r = importWith(maps.resolve("shop.yaml").toString());
    assertThat(r.files())
        .extracting(FileReport::target, FileReport::created, FileReport::skipped)
        .containsExactly(tuple(Target.PRODUCTS, 2L, 0L), tuple(Target.EVENTS, 1L, 1L));
    assertThat(store.products().findById("A1").orElseThrow().attributes())
        .isEqualTo(Map.of("score", "5"));
    Event e = store.events().recentForCustomer("u1", 1).get(0);
    assertThat(e.eventId()).isEqualTo("shop-2");
    assertThat(e.timestamp()).hasToString("2024-02-01T00:00:00Z");
  }

  @Test
  void aMappedColumnMissingFromTheFileStopsTheImportBeforeAnythingIsWritten() {
    folder.file("online-retail.csv", "InvoiceNo,StockCode,Quantity", "1,2,3");
    assertThatThrownBy(() -> importWith("uci-online-retail"))
        .isInstanceOf(MappingException.class)
        .hasMessageStartingWith(
            "mapping uci-online-retail, sources[0].targets[0].fields.title: column 'Description'"
                + " is not in the header of online-retail.csv");
    assertThat(store.events().count()).isZero();
  }

  @Test
  void aSourceWithoutMatchingFileIsAnError() {
    folder.file("movies.csv", "movieId,title,genres", "1,Toy Story (1995),Animation|Comedy");
    assertThatThrownBy(() -> importWith("movielens"))
        .isInstanceOf(MappingException.class)
        .hasMessage("mapping movielens, sources[1].file: no file matches 'ratings.csv*'");
  }

  @Test
  void theMovieLensMappingTurnsRatingsIntoViewsAndStrongRatingsIntoPurchases() {
    folder
        .file(
            "movies.csv",
            "movieId,title,genres",
            "1,Toy Story (1995),Adventure|Animation|Children",
            "2,\"American President, The (1995)\",(no genres listed)")
        .file(
            "ratings.csv",
            "userId,movieId,rating,timestamp",
            "1,1,4.0,964982703",
            "1,2,3.5,964982224");
    ImportReport r = importWith("movielens");
    assertThat(store.products().findById("1").orElseThrow().category())
        .containsExactly("Adventure");
    assertThat(store.products().findById("1").orElseThrow().tags())
        .containsExactly("Adventure", "Animation", "Children");
    assertThat(store.products().findById("2").orElseThrow().tags()).isEmpty();
    assertThat(store.products().findById("2").orElseThrow().category()).isEmpty();
    assertThat(store.events().recentForCustomer("1", 5))
        .extracting(Event::eventId, Event::type)
        .containsExactly(
            tuple("ml-1-1", EventType.ORDER_COMPLETED), tuple("ml-1-2", EventType.PRODUCT_VIEWED));
    assertThat(report(r, Target.CUSTOMERS).created()).isEqualTo(1);
    assertThat(report(r, Target.CUSTOMERS).duplicates()).isEqualTo(1);
  }
}
