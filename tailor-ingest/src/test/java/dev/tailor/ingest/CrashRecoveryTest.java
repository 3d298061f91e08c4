package dev.tailor.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tailor.core.ErrorCode;
import dev.tailor.core.TailorException;
import dev.tailor.core.catalog.ProductRepository;
import dev.tailor.core.customer.CustomerRepository;
import dev.tailor.core.event.Event;
import dev.tailor.core.event.EventRepository;
import dev.tailor.core.identity.IdentityRepository;
import dev.tailor.core.store.Store;
import dev.tailor.ingest.interchange.Target;
import dev.tailor.testkit.memory.InMemoryStore;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CrashRecoveryTest {
  @TempDir Path dir;
  private final InMemoryStore memory = new InMemoryStore();

  /** The in-memory store, except that the {@code failOn}-th call to appendAll fails. */
  private static Store failingOnAppend(InMemoryStore delegate, int failOn) {
    AtomicInteger calls = new AtomicInteger();
    EventRepository events =
        (EventRepository)
            Proxy.newProxyInstance(
                EventRepository.class.getClassLoader(),
                new Class<?>[] {EventRepository.class},
                (proxy, method, args) -> {
                  if (method.getName().equals("appendAll") && calls.incrementAndGet() == failOn) {
                    throw new TailorException(ErrorCode.STORE, "disk full");
                  }
                  return method.invoke(delegate.events(), args);
                });
    return new Store() {
      @Override
      public CustomerRepository customers() {
        return delegate.customers();
      }

      @Override
      public ProductRepository products() {
        return delegate.products();
      }

      @Override
      public EventRepository events() {
        return events;
      }

      @Override
      public IdentityRepository identities() {
        return delegate.identities();
      }

      @Override
      public dev.tailor.core.campaign.CampaignRepository campaigns() {
        return delegate.campaigns();
      }

      @Override
      public dev.tailor.core.campaign.MessageRepository messages() {
        return delegate.messages();
      }

      @Override
      public dev.tailor.core.suppression.SuppressionRepository suppressions() {
        return delegate.suppressions();
      }

      @Override
      public dev.tailor.core.access.ApiKeyRepository apiKeys() {
        return delegate.apiKeys();
      }

      @Override
      public dev.tailor.core.access.UserRepository users() {
        return delegate.users();
      }

      @Override
      public dev.tailor.core.tracking.TrackingHitRepository trackingHits() {
        return delegate.trackingHits();
      }

      @Override
      public dev.tailor.core.access.SessionRepository sessions() {
        return delegate.sessions();
      }

      @Override
      public dev.tailor.core.settings.SettingsRepository settings() {
        return delegate.settings();
      }

      @Override
      public String describe() {
        return "failing";
      }

      @Override
      public void close() {}
    };
  }

  private void writeEvents(int n) {
    List<String> lines = new ArrayList<>(List.of("timestamp,event,customer_id,anonymous_id"));
    for (int i = 0; i < n; i++) {
      String event = i % 10 == 9 ? "identify" : "product_viewed";
      lines.add((1_700_000_000 + i) + "," + event + ",c" + (i % 7) + ",a" + (i % 13));
    }
    new Folder(dir).file("events.csv", lines.toArray(String[]::new));
  }

  @Test
  void aStoreFailureMidImportLeavesWholeBatchesAndARerunCompletesWithoutDuplicates() {
    writeEvents(95);
    ImportOptions options = ImportOptions.defaults().withBatchSize(10);
    assertThatThrownBy(
            () ->
                new Importer(failingOnAppend(memory, 4))
                    .importDirectory(dir, options, ImportListener.NONE))
        .isInstanceOf(ImportException.class)
        .hasMessageContaining("events.csv: writing events failed after line 41")
        .hasMessageContaining("disk full")
        .extracting(e -> ((TailorException) e).code())
        .isEqualTo(ErrorCode.STORE);
    assertThat(memory.events().count()).isEqualTo(30);

    ImportReport rerun = new Importer(memory).importDirectory(dir, options, ImportListener.NONE);
    assertThat(rerun.total(Target.EVENTS, FileReport::created)).isEqualTo(65);
    assertThat(rerun.total(Target.EVENTS, FileReport::duplicates)).isEqualTo(30);
    assertThat(memory.events().count()).isEqualTo(95);
    List<String> ids = new ArrayList<>();
    memory
        .events()
        .scan(
            java.time.Instant.EPOCH,
            java.time.Instant.parse("2100-01-01T00:00:00Z"),
            e -> ids.add(e.eventId()));
    assertThat(ids).doesNotHaveDuplicates().hasSize(95);
    assertThat(memory.identities().count()).isPositive();
  }

  @Test
  void aFailureBetweenLinksAndEventsIsRepairedByTheRerun() {
    writeEvents(10);
    ImportOptions options = ImportOptions.defaults().withBatchSize(100);
    assertThatThrownBy(
            () ->
                new Importer(failingOnAppend(memory, 1))
                    .importDirectory(dir, options, ImportListener.NONE))
        .isInstanceOf(ImportException.class);
    assertThat(memory.identities().resolve("a9")).contains("c2");
    assertThat(memory.events().count()).isZero();
    new Importer(memory).importDirectory(dir, options, ImportListener.NONE);
    assertThat(memory.events().count()).isEqualTo(10);
    assertThat(memory.events().recentForCustomer("c2", 20))
        .extracting(Event::eventId)
        .doesNotHaveDuplicates();
  }
}
