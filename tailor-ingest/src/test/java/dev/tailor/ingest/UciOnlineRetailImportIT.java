package dev.tailor.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tailor.core.event.EventType;
import dev.tailor.ingest.interchange.Target;
import dev.tailor.testkit.memory.InMemoryStore;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Imports the real UCI Online Retail export (541,909 invoice lines) with the shipped mapping.
 *
 * <p>The expected counts were computed independently with a Python one-off over the gzipped CSV
 * (csv module, no Tailor code), applying the mapping's rules in order: a StockCode in the service
 * list is skipped; else a negative Quantity on an InvoiceNo not starting with C is skipped; else a
 * UnitPrice of 0 or less is skipped. Products and customers count distinct StockCode and CustomerID
 * (".0" removed) among the remaining and the non-guest lines; events count distinct tuples (type,
 * InvoiceDate, CustomerID, InvoiceNo, StockCode, |Quantity|, normalized UnitPrice), the rest being
 * duplicates.
 */
class UciOnlineRetailImportIT {
  private static final long ROWS = 541_909;
  private static final String SERVICE =
      "service line (postage, fee, manual entry, discount, sample or bad debt), not a product";
  private static final String ADJUSTMENT =
      "stock adjustment: negative quantity on a normal invoice";
  private static final String FREE = "free or adjustment line: unit price is 0";

  @Test
  void theWholeExportImportsWithEveryRowAccountedFor() {
    Path dir = Datasets.folder("uci-online-retail");
    InMemoryStore store = new InMemoryStore();
    ImportReport r =
        new Importer(store)
            .importDirectory(
                dir,
                ImportOptions.defaults().withMapping("uci-online-retail"),
                ImportListener.NONE);

    assertThat(r.ignoredFiles()).containsExactly("SOURCE.md");
    assertThat(r.totalRejects()).isZero();

    FileReport products = report(r, Target.PRODUCTS);
    assertThat(products.rows()).isEqualTo(ROWS);
    assertThat(products.created()).isEqualTo(3_927);
    assertThat(products.duplicates()).isEqualTo(532_569);
    assertThat(products.skipReasons())
        .isEqualTo(Map.of(SERVICE, 2_912L, ADJUSTMENT, 1_336L, FREE, 1_165L));

    FileReport customers = report(r, Target.CUSTOMERS);
    assertThat(customers.created()).isEqualTo(4_372);
    assertThat(customers.duplicates()).isEqualTo(402_457);
    assertThat(customers.skipReasons()).isEqualTo(Map.of("guest line: no CustomerID", 135_080L));

    FileReport events = report(r, Target.EVENTS);
    assertThat(events.created()).isEqualTo(531_237);
    assertThat(events.duplicates()).isEqualTo(5_259);
    assertThat(events.skipped()).isEqualTo(2_912 + 1_336 + 1_165);
    assertThat(events.rejected()).isZero();
    assertThat(store.events().countByType())
        .isEqualTo(Map.of(EventType.ORDER_COMPLETED, 522_569L, EventType.ORDER_REFUNDED, 8_668L));
    assertThat(store.products().count()).isEqualTo(3_927);
    assertThat(store.customers().count()).isEqualTo(4_372);
    assertThat(store.events().timeRange().orElseThrow().first())
        .hasToString("2010-12-01T08:26:00Z");
  }

  private static FileReport report(ImportReport r, Target target) {
    return r.files().stream().filter(f -> f.target() == target).findFirst().orElseThrow();
  }
}
