package dev.tailor.app.strategy;

import dev.tailor.app.cli.Output;
import dev.tailor.app.export.OrderedBlocks;
import dev.tailor.core.ErrorCode;
import dev.tailor.core.TailorException;
import dev.tailor.core.decision.Decision;
import dev.tailor.core.store.Store;
import dev.tailor.strategy.decide.DecisionEngine;
import dev.tailor.strategy.decide.FillReport;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Decides for every customer of the store as a pipeline with bounded memory: the calling thread
 * streams customers with their histories from the store in batches ({@link AudienceStream}) into a
 * bounded queue; {@code threads} workers decide each batch's customers one by one and turn them
 * into JSON lines; the lines are written in customer order ({@link OrderedBlocks}). At any time
 * only a few batches are held.
 */
final class AudienceRun {
  static final int BATCH = 256;

  private static final Object END = new Object();

  private final Store store;
  private final DecisionEngine engine;
  private final Output output;
  private final DecisionLines lines = new DecisionLines();

  /** Nanoseconds the reader waited for room in the queue, and the deciders for work. */
  private final AtomicLong readerWaited = new AtomicLong();

  private final AtomicLong decidersWaited = new AtomicLong();

  /** CPU nanoseconds of the reading thread while streaming, and of the deciders. */
  private final AtomicLong readerCpu = new AtomicLong();

  private final AtomicLong decidersCpu = new AtomicLong();

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  AudienceRun(Store store, DecisionEngine engine, Output output) {
    this.store = store;
    this.engine = engine;
    this.output = output;
  }

  int run(StrategyRun.Request r) {
    long start = System.nanoTime();
    AudienceStream audience = AudienceStream.of(store);
    output.note(
        String.format(
            Locale.ROOT,
            "read %,d customers in %.1f s; deciding while their events stream in",
            audience.customers(),
            (System.nanoTime() - start) / 1e9));
    FillReport report = new FillReport();
    int threads = Math.max(1, r.threads());
    try (OutputStream os =
        r.dryRun()
            ? OutputStream.nullOutputStream()
            : new BufferedOutputStream(Files.newOutputStream(r.out()), 1 << 20)) {
      pipeline(audience, threads, os, report);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    // which side held the other back: a reader that waits for room is ahead of the deciders
    output.note(
        String.format(
            Locale.ROOT,
            "reading: %.1f s CPU, waited %.1f s for the deciders; %d deciders: %.1f s CPU (%.0f µs"
                + " per customer), waited %.1f s in all for customers to decide",
            readerCpu.get() / 1e9,
            readerWaited.get() / 1e9,
            threads,
            decidersCpu.get() / 1e9,
            decidersCpu.get() / 1e3 / Math.max(1, report.decisions()),
            decidersWaited.get() / 1e9));
    if (r.dryRun()) {
      StrategyRun.printReport(report, output);
    } else if (output.json()) {
      Map<String, Object> s = new LinkedHashMap<>(report.toMap());
      s.put("file", r.out().toString());
      s.put("seconds", seconds);
      output.printJson(s);
    } else {
      output.line(
          String.format(
              Locale.ROOT,
              "Wrote %s: %,d decisions in %.1f s (%,.0f customers/s)",
              r.out(),
              report.decisions(),
              seconds,
              report.decisions() / Math.max(seconds, 1e-9)));
      output.printTable(report.rows());
    }
    return 0;
  }

  private void pipeline(AudienceStream audience, int threads, OutputStream os, FillReport report) {
    BlockingQueue<Object> work = new ArrayBlockingQueue<>(2 * threads);
    OrderedBlocks blocks = new OrderedBlocks(os, 0, 2 * threads);
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Thread[] workers = new Thread[threads];
    for (int w = 0; w < threads; w++) {
      workers[w] =
          new Thread(
              () -> {
                try {
                  work(work, blocks, report);
                  decidersCpu.addAndGet(THREADS.getCurrentThreadCpuTime());
                } catch (RuntimeException | Error e) {
                  failure.compareAndSet(null, e);
                  blocks.abort();
                }
              },
              "tailor-decide-" + w);
      workers[w].setDaemon(true);
      workers[w].start();
    }
    try {
      long cpu = THREADS.getCurrentThreadCpuTime();
      audience.run(store, BATCH, batch -> put(work, batch, failure, readerWaited));
      readerCpu.set(THREADS.getCurrentThreadCpuTime() - cpu);
      for (int w = 0; w < threads; w++) {
        put(work, END, failure, null);
      }
      for (Thread t : workers) {
        t.join();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TailorException(ErrorCode.RUNTIME, "interrupted", e);
    } catch (RuntimeException e) {
      failure.compareAndSet(null, e);
      blocks.abort();
    } finally {
      for (Thread t : workers) {
        t.interrupt();
      }
    }
    Throwable f = failure.get();
    if (f instanceof RuntimeException re) {
      throw re;
    } else if (f instanceof Error err) {
      throw err;
    }
  }

  /** Queues {@code item}, giving up when a worker failed. */
  private static void put(
      BlockingQueue<Object> work, Object item, AtomicReference<Throwable> f, AtomicLong waited) {
    try {
      if (waited != null && work.offer(item)) {
        return;
      }
      long t = System.nanoTime();
      while (!work.offer(item, 100, TimeUnit.MILLISECONDS)) {
        if (f.get() != null) {
          throw new TailorException(ErrorCode.RUNTIME, "deciding stopped after a failure");
        }
      }
      if (waited != null) {
        waited.addAndGet(System.nanoTime() - t);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TailorException(ErrorCode.RUNTIME, "interrupted", e);
    }
  }

  private void work(BlockingQueue<Object> work, OrderedBlocks blocks, FillReport report) {
    try {
      while (true) {
        Object item = work.poll();
        if (item == null) {
          long t = System.nanoTime();
          item = work.take();
          decidersWaited.addAndGet(System.nanoTime() - t);
        }
        if (item == END) {
          return;
        }
        AudienceStream.Batch b = (AudienceStream.Batch) item;
        OrderedBlocks.Buffer buffer = blocks.buffer();
        OutputStream into = new BufferStream(buffer);
        List<Decision> decided = new ArrayList<>(b.size());
        for (int k = 0; k < b.size(); k++) {
          decided.add(engine.decide(b.ids()[k], b.firstName(k), b.events().get(k)));
        }
        for (Decision d : decided) {
          lines.write(d, into);
          into.write('\n');
        }
        synchronized (report) {
          for (Decision d : decided) {
            report.add(d);
          }
        }
        blocks.submit(b.seq(), b.seq() + 1, buffer);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (IOException e) {
      throw new TailorException(ErrorCode.RUNTIME, "cannot write a decision as JSON", e);
    }
  }

  /** Appends to a pooled block buffer. */
  private static final class BufferStream extends OutputStream {
    private final OrderedBlocks.Buffer buffer;

    BufferStream(OrderedBlocks.Buffer buffer) {
      this.buffer = buffer;
    }

    @Override
    public void write(int b) {
      buffer.room(1)[buffer.length++] = (byte) b;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      System.arraycopy(b, off, buffer.room(len), buffer.length, len);
      buffer.length += len;
    }
  }
}
