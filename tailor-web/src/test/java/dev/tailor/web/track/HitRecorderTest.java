package dev.tailor.web.track;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tailor.core.ErrorCode;
import dev.tailor.core.TailorException;
import dev.tailor.core.event.Event;
import dev.tailor.core.event.EventType;
import dev.tailor.core.tracking.TrackingHit;
import dev.tailor.core.tracking.TrackingHitRepository;
import dev.tailor.testkit.memory.InMemoryStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class HitRecorderTest {
  private static final Instant T = Instant.parse("2026-03-02T09:00:00Z");

  private final InMemoryStore store = new InMemoryStore();

  private static Event open(String id) {
    return Event.builder(id, EventType.EMAIL_OPENED, T)
        .customerId("c1")
        .campaignId("weekly")
        .messageId("m1")
        .build();
  }

  private static Optional<TrackingHit> seen(String id) {
    return Optional.of(
        new TrackingHit(id, Optional.of("Mozilla/5.0"), Optional.empty(), Optional.empty()));
  }

  /** Runs {@code threads} × {@code each} records at once; returns how many threw. */
  private static int hammer(HitRecorder recorder, int threads, int each, String bad)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Integer>> done = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int thread = t;
      done.add(
          pool.submit(
              () -> {
                start.await();
                int failed = 0;
                for (int i = 0; i < each; i++) {
                  String id = thread == 0 && i == 0 && bad != null ? bad : "e" + thread + "-" + i;
                  try {
                    recorder.record(open(id), seen(id));
                  } catch (TailorException e) {
                    failed++;
                  }
                }
                return failed;
              }));
    }
    start.countDown();
    int failed = 0;
    for (Future<Integer> f : done) {
      failed += f.get();
    }
    pool.shutdown();
    return failed;
  }

  @Test
  void everyConcurrentHitIsStoredWithItsContextByTheTimeItsCallReturns() throws Exception {
    AtomicInteger transactions = new AtomicInteger();
    TrackingHitRepository counting = new Counting(store.trackingHits(), transactions, null);

    int failed = hammer(new HitRecorder(counting), 8, 100, null);

    assertThat(failed).isZero();
    assertThat(store.events().count()).isEqualTo(800);
    List<TrackingHit> hits = new ArrayList<>();
    store.trackingHits().scan(T, T.plusSeconds(1), hits::add);
    assertThat(hits).hasSize(800);
    assertThat(transactions.get()).isBetween(1, 800);
  }

  @Test
  void aHitThatCannotBeStoredFailsAloneAndTheOthersInItsBatchAreStored() throws Exception {
    TrackingHitRepository failing =
        new Counting(store.trackingHits(), new AtomicInteger(), "poison");

    int failed = hammer(new HitRecorder(failing), 4, 50, "poison");

    assertThat(failed).isEqualTo(1);
    assertThat(store.events().count()).isEqualTo(199);
  }

  @Test
  void hitsQueuedDuringASlowCommitShareTheNextAndNoneIsLeftWaiting() throws Exception {
    AtomicInteger transactions = new AtomicInteger();
    TrackingHitRepository counting = new Counting(store.trackingHits(), transactions, null);
    TrackingHitRepository slow =
        new TrackingHitRepository() {
          @Override
          public int appendAll(Collection<Event> events, Collection<TrackingHit> hits) {
            try {
              Thread.sleep(1);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
            return counting.appendAll(events, hits);
          }

          @Override
          public void scan(Instant from, Instant to, Consumer<TrackingHit> sink) {
            counting.scan(from, to, sink);
          }
        };

    int failed = hammer(new HitRecorder(slow), 32, 30, null);

    assertThat(failed).isZero();
    assertThat(store.events().count()).isEqualTo(960);
    // while one commit sleeps, the other threads' hits queue up and go in together
    assertThat(transactions.get()).isLessThan(960);
  }

  @Test
  void theWriterEndsWhenNoHitComesAndTheNextHitStartsANewOne() throws Exception {
    HitRecorder recorder = new HitRecorder(store.trackingHits(), 1_000_000);
    recorder.record(open("e1"), seen("e1"));
    for (int i = 0; i < 500 && recorder.writing(); i++) {
      Thread.sleep(10);
    }
    assertThat(recorder.writing()).isFalse();

    assertThat(hammer(recorder, 4, 25, null)).isZero();

    assertThat(store.events().count()).isEqualTo(101);
  }

  /** Counts transactions and refuses any batch holding the event {@code refused}. */
  private record Counting(TrackingHitRepository inner, AtomicInteger transactions, String refused)
      implements TrackingHitRepository {
    @Override
    public int appendAll(Collection<Event> events, Collection<TrackingHit> hits) {
      if (refused != null && events.stream().anyMatch(e -> e.eventId().equals(refused))) {
        throw new TailorException(ErrorCode.STORE, "disk full");
      }
      transactions.incrementAndGet();
      return inner.appendAll(events, hits);
    }

    @Override
    public void scan(Instant from, Instant to, Consumer<TrackingHit> sink) {
      inner.scan(from, to, sink);
    }
  }
}
