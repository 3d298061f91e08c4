package dev.tailor.app.strategy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
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
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Decides for every customer of the store as a pipeline with bounded memory: the calling thread
 * streams customers with their histories from the store in batches ({@link AudienceStream}) into a
 * bounded queue; {@code threads} workers decide each batch and turn it into JSON lines; the lines
 * are written in customer order ({@link OrderedBlocks}). At any time only a few batches are held.
 */
final class AudienceRun {
  static final int BATCH = 256;

  private static final Object END = new Object();

  private final Store store;
  private final DecisionEngine engine;
  private final Output output;
  private final ObjectWriter json =
      new ObjectMapper()
          .registerModule(new Jdk8Module())
          .registerModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
          .writer();

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
      audience.run(store, BATCH, batch -> put(work, batch, failure));
      for (int w = 0; w < threads; w++) {
        put(work, END, failure);
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
  private static void put(BlockingQueue<Object> work, Object item, AtomicReference<Throwable> f) {
    try {
      while (!work.offer(item, 100, TimeUnit.MILLISECONDS)) {
        if (f.get() != null) {
          throw new TailorException(ErrorCode.RUNTIME, "deciding stopped after a failure");
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TailorException(ErrorCode.RUNTIME, "interrupted", e);
    }
  }

  private void work(BlockingQueue<Object> work, OrderedBlocks blocks, FillReport report) {
    try {
      while (true) {
        Object item = work.take();
        if (item == END) {
          return;
        }
        AudienceStream.Batch b = (AudienceStream.Batch) item;
        OrderedBlocks.Buffer buffer = blocks.buffer();
        Decision[] decided = new Decision[b.size()];
        for (int k = 0; k < b.size(); k++) {
          decided[k] = engine.decide(b.ids()[k], b.firstName(k), b.events().get(k));
          byte[] line = json.writeValueAsBytes(decided[k]);
          byte[] into = buffer.room(line.length + 1);
          System.arraycopy(line, 0, into, buffer.length, line.length);
          into[buffer.length + line.length] = '\n';
          buffer.length += line.length + 1;
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
    } catch (JsonProcessingException e) {
      throw new TailorException(ErrorCode.RUNTIME, "cannot write a decision as JSON", e);
    }
  }
}
