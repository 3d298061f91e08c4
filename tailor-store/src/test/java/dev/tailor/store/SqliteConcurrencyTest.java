package dev.tailor.store;

import static dev.tailor.testkit.Fixtures.minutes;
import static dev.tailor.testkit.Fixtures.view;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tailor.core.event.Event;
import dev.tailor.core.event.EventType;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Readers keep working while a writer appends (WAL), and only ever see whole batches. */
class SqliteConcurrencyTest {
  private static final int BATCHES = 30;
  private static final int BATCH_SIZE = 2_000;

  @TempDir Path dir;

  private static List<Event> batch(int b) {
    return IntStream.range(0, BATCH_SIZE)
        .mapToObj(i -> view("e" + b + "-" + i, "c" + (i % 50), "p" + (i % 20), minutes(i % 600)))
        .toList();
  }

  @Test
  void readersNeverFailAndOnlySeeWholeBatchesWhileAWriterAppends() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
    ConcurrentLinkedQueue<Long> seenCounts = new ConcurrentLinkedQueue<>();
    AtomicBoolean writing = new AtomicBoolean(true);
    try (JdbiStore store = Stores.open("jdbc:sqlite:" + dir.resolve("tailor.db"))) {
      List<Future<?>> readers = new ArrayList<>();
      for (int r = 0; r < 3; r++) {
        readers.add(pool.submit(() -> read(store, writing, failures, seenCounts)));
      }
      Future<?> writer =
          pool.submit(
              () -> {
                try {
                  for (int b = 0; b < BATCHES; b++) {
                    store.events().appendAll(batch(b));
                  }
                } finally {
                  writing.set(false);
                }
              });
      writer.get(2, TimeUnit.MINUTES);
      for (Future<?> reader : readers) {
        reader.get(2, TimeUnit.MINUTES);
      }
      assertThat(failures).isEmpty();
      assertThat(store.events().count()).isEqualTo((long) BATCHES * BATCH_SIZE);
      assertThat(seenCounts).isNotEmpty().allSatisfy(n -> assertThat(n % BATCH_SIZE).isZero());
    } finally {
      pool.shutdownNow();
    }
  }

  private static void read(
      JdbiStore store,
      AtomicBoolean writing,
      ConcurrentLinkedQueue<Throwable> failures,
      ConcurrentLinkedQueue<Long> seenCounts) {
    long last = 0;
    do {
      try {
        long n = store.events().count();
        if (n < last) {
          failures.add(new AssertionError("count went back from " + last + " to " + n));
        }
        last = n;
        seenCounts.add(n);
        long[] scanned = {0};
        store.events().scan(minutes(0), minutes(10), e -> scanned[0]++);
        store.events().recentForCustomer("c1", 20);
        store.events().topProducts(EventType.PRODUCT_VIEWED, Instant.MIN, 5);
      } catch (RuntimeException e) {
        failures.add(e);
      }
    } while (writing.get());
  }
}
