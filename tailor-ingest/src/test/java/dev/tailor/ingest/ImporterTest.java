package dev.tailor.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.tailor.core.ErrorCode;
import dev.tailor.core.TailorException;
import dev.tailor.core.event.Event;
import dev.tailor.core.event.EventType;
import dev.tailor.ingest.interchange.Target;
import dev.tailor.ingest.read.ReadException;
import dev.tailor.testkit.memory.InMemoryStore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImporterTest {
  @TempDir Path dir;
  private Folder folder;
  private final InMemoryStore store = new InMemoryStore();
  private final Importer importer = new Importer(store);

  @BeforeEach
  void setUp() {
    folder = new Folder(dir);
  }

  private ImportReport importAll() {
    return importer.importDirectory(dir, ImportOptions.defaults(), ImportListener.NONE);
  }

  private static FileReport report(ImportReport r, String file) {
    return r.files().stream().filter(f -> f.file().equals(file)).findFirst().orElseThrow();
  }

  @Test
  void theThreeFilesAreImportedInOrderAndOtherFilesAreListedAsIgnored() {
    folder
        .file("events.csv", "timestamp,event,customer_id,product_id", "2024-01-01,view,c1,p1")
        .file("customers.csv", "customer_id,email", "c1,a@b.c")
        .file("products.csv", "product_id,title", "p1,Hat")
        .file("notes.txt", "hello");
    folder.file(
        "events.csv", "timestamp,event,customer_id,product_id", "2024-01-01,product_viewed,c1,p1");
    ImportReport r = importAll();
    assertThat(r.files())
        .extracting(FileReport::file, FileReport::target, FileReport::created)
        .containsExactly(
            tuple("products.csv", Target.PRODUCTS, 1L),
            tuple("customers.csv", Target.CUSTOMERS, 1L),
            tuple("events.csv", Target.EVENTS, 1L));
    assertThat(r.ignoredFiles()).containsExactly("notes.txt");
    assertThat(store.products().findById("p1").orElseThrow().title()).contains("Hat");
    assertThat(r.hasRejects()).isFalse();
  }

  @Test
  void badRowsAreRejectedWithFileLineFieldAndReasonWhileGoodRowsAreStored() {
    folder.file(
        "products.csv",
        "product_id,title,price,margin",
        "p1,Good,10,0.2",
        ",No id,1,0.1",
        "p3,Bad price,ten,0.1",
        "p4,Bad margin,1,1.2",
        "p5,Short row",
        "p6,Negative,-1,0.1",
        "p7,Also good,5,");
    ImportReport r = importAll();
    FileReport f = report(r, "products.csv");
    assertThat(f.rows()).isEqualTo(7);
    assertThat(f.created()).isEqualTo(2);
    assertThat(f.rejected()).isEqualTo(5);
    assertThat(r.rejects())
        .extracting(Reject::file, Reject::line, Reject::field, Reject::reason)
        .containsExactly(
            tuple("products.csv", 3L, "product_id", "missing required field"),
            tuple("products.csv", 4L, "price", "not a number: 'ten'"),
            tuple("products.csv", 5L, "margin", "must be between 0 and 1: 1.2"),
            tuple("products.csv", 6L, "", "expected 4 columns, found 2"),
            tuple("products.csv", 7L, "price", "must not be negative: -1"));
    assertThat(r.rejects().get(1).raw()).isEqualTo("p3,Bad price,ten,0.1");
    assertThat(store.products().count()).isEqualTo(2);
  }

  @Test
  void badEventRowsAreRejectedForEachKindOfProblem() {
    folder.bytes(
        "events.csv",
        String.join(
                "\n",
                "timestamp,event,customer_id,anonymous_id,quantity,price",
                "2024-01-01,order_completed,c1,,1,2.5",
                "someday,order_completed,c1,,1,2.5",
                "2024-01-01,order_shipped,c1,,1,2.5",
                "2024-01-01,order_completed,,,1,2.5",
                "2024-01-01,order_completed,c1,,-2,2.5",
                "2024-01-01,identify,c1,,,",
                "2024-01-01,Product Viewed,,a1,,",
                "2024-01-01,product_viewed,c\u00e9,,,",
                "")
            .getBytes(StandardCharsets.UTF_8));
    byte[] bytes = readBytes(dir.resolve("events.csv"));
    int accent = indexOf(bytes, (byte) 0xC3);
    bytes[accent + 1] = '!';
    folder.bytes("events.csv", bytes);
    ImportReport r = importAll();
    assertThat(r.rejects())
        .extracting(Reject::line, Reject::field, Reject::reason)
        .containsExactly(
            tuple(
                3L,
                "timestamp",
                "bad date 'someday': expected ISO-8601 (2024-03-01T10:15:30Z),"
                    + " yyyy-MM-dd[ HH:mm[:ss]] (UTC) or epoch seconds"),
            tuple(4L, "event", "unknown event type: 'order_shipped'"),
            tuple(5L, "customer_id", "missing required field (or anonymous_id)"),
            tuple(6L, "quantity", "must not be negative: -2"),
            tuple(7L, "anonymous_id", "missing required field"),
            tuple(9L, "customer_id", "invalid UTF-8 (undecodable bytes)"));
    assertThat(report(r, "events.csv").created()).isEqualTo(2);
  }

  @Test
  void importingTwiceStoresNothingNewTheSecondTime() {
    folder
        .file("products.csv", "product_id,title", "p1,Hat", "p2,Cap")
        .file("customers.csv", "customer_id", "c1")
        .file(
            "events.csv",
            "timestamp,event,customer_id,product_id",
            "2024-01-01T10:00:00Z,product_viewed,c1,p1",
            "2024-01-01T10:05:00Z,product_added,c1,p1",
            "2024-01-01T10:05:00Z,product_added,c1,p1");
    ImportReport first = importAll();
    ImportReport second = importAll();
    assertThat(first.created()).isEqualTo(2 + 1 + 2);
    assertThat(report(first, "events.csv").duplicates()).isEqualTo(1);
    assertThat(second.created()).isZero();
    assertThat(report(second, "events.csv").duplicates()).isEqualTo(3);
    assertThat(report(second, "products.csv").updated()).isEqualTo(2);
    assertThat(store.events().count()).isEqualTo(2);
    assertThat(store.products().count()).isEqualTo(2);
  }

  @Test
  void anonymousEventsBeforeAnIdentifyCountForTheCustomer() {
    folder.file(
        "events.csv",
        "timestamp,event,customer_id,anonymous_id,product_id",
        "2024-01-01T10:00:00Z,product_viewed,,anon-1,p1",
        "2024-01-01T10:01:00Z,product_added,,anon-1,p1",
        "2024-01-01T10:02:00Z,identify,c1,anon-1,",
        "2024-01-01T10:03:00Z,order_completed,c1,,p1");
    ImportReport r = importAll();
    assertThat(report(r, "events.csv").identityLinks()).isEqualTo(1);
    assertThat(store.identities().resolve("anon-1")).contains("c1");
    assertThat(store.events().recentForCustomer("c1", 10))
        .extracting(Event::type)
        .containsExactly(
            EventType.ORDER_COMPLETED,
            EventType.IDENTIFY,
            EventType.PRODUCT_ADDED,
            EventType.PRODUCT_VIEWED);
  }

  @Test
  void gzippedAndJsonLinesFilesAreImported() {
    folder
        .file(
            "products.jsonl",
            "{\"product_id\":\"p1\",\"price\":2.5,\"tags\":[\"a\",\"b\"],\"fabric\":\"wool\"}",
            "",
            "{\"product_id\":\"p2\",\"price\":\"oops\"}",
            "not json")
        .file(
            "events.csv.gz",
            "timestamp,event,customer_id,product_id",
            "1704103200,order_completed,c1,p1");
    ImportReport r = importAll();
    assertThat(store.products().findById("p1").orElseThrow().tags()).containsExactly("a", "b");
    assertThat(store.products().findById("p1").orElseThrow().attributes())
        .isEqualTo(Map.of("fabric", "wool"));
    assertThat(r.rejects())
        .extracting(Reject::file, Reject::line, Reject::field)
        .containsExactly(tuple("products.jsonl", 3L, "price"), tuple("products.jsonl", 4L, ""));
    assertThat(report(r, "events.csv.gz").created()).isEqualTo(1);
  }

  @Test
  void unknownColumnsOfCustomersAreCustomAttributesAndOfEventsAreReportedAsIgnored() {
    folder
        .file("customers.csv", "customer_id,loyalty_tier,email", "c1,gold,a@b.c", "c2,,")
        .file("events.csv", "timestamp,event,customer_id,browser", "2024-01-01,identify,c1,x");
    folder.file(
        "events.csv", "timestamp,event,customer_id,browser", "2024-01-01,email_opened,c1,x");
    ImportReport r = importAll();
    assertThat(store.customers().findById("c1").orElseThrow().attributes())
        .isEqualTo(Map.of("loyalty_tier", "gold"));
    assertThat(store.customers().findById("c2").orElseThrow().attributes()).isEmpty();
    assertThat(report(r, "events.csv").ignoredColumns()).containsExactly("browser");
  }

  @Test
  void aFileWithoutTheRequiredColumnsStopsTheImportBeforeAnythingIsWritten() {
    folder
        .file("products.csv", "product_id", "p1")
        .file("events.csv", "timestamp,customer_id", "2024-01-01,c1");
    assertThatThrownBy(this::importAll)
        .isInstanceOf(ReadException.class)
        .hasMessage("events.csv: the header has no column 'event'")
        .extracting(e -> ((TailorException) e).code())
        .isEqualTo(ErrorCode.BAD_INPUT);
    assertThat(store.products().count()).isZero();
  }

  @Test
  void aMissingFolderIsBadInput() {
    assertThatThrownBy(
            () ->
                importer.importDirectory(
                    dir.resolve("nope"), ImportOptions.defaults(), ImportListener.NONE))
        .isInstanceOf(TailorException.class)
        .hasMessage("not a folder: nope");
  }

  @Test
  void repeatedProductIdsAreUpsertedAndTheLastRowWins() {
    folder.file("products.csv", "product_id,title", "p1,Old", "p2,Other", "p1,New");
    FileReport f = report(importAll(), "products.csv");
    assertThat(store.products().findById("p1").orElseThrow().title()).contains("New");
    assertThat(f.created()).isEqualTo(2);
    assertThat(f.updated()).isEqualTo(1);
  }

  private static byte[] readBytes(Path p) {
    try {
      return Files.readAllBytes(p);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static int indexOf(byte[] bytes, byte b) {
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == b) {
        return i;
      }
    }
    throw new AssertionError("byte not found");
  }
}
