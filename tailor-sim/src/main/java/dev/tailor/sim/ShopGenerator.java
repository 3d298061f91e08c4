package dev.tailor.sim;

import dev.tailor.core.ErrorCode;
import dev.tailor.core.TailorException;
import dev.tailor.core.event.EventType;
import dev.tailor.sim.behaviour.CustomerRecord;
import dev.tailor.sim.behaviour.CustomerSimulator;
import dev.tailor.sim.behaviour.EventCsv;
import dev.tailor.sim.behaviour.NewsletterSchedule;
import dev.tailor.sim.catalog.Catalog;
import dev.tailor.sim.catalog.CatalogGenerator;
import dev.tailor.sim.catalog.HiddenProductCsv;
import dev.tailor.sim.catalog.ProductCsv;
import dev.tailor.sim.csv.CsvBuffer;
import dev.tailor.sim.csv.CsvFile;
import dev.tailor.sim.people.CustomerCsv;
import dev.tailor.sim.people.TasteCsv;
import dev.tailor.sim.time.SimWindow;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Writes a synthetic fashion shop to a folder: {@code products.csv}, {@code customers.csv} and
 * {@code events.csv} in the interchange format, and the hidden {@code hidden-tastes.csv} and {@code
 * hidden-products.csv}. Customers are simulated in batches on worker threads, each from its own
 * seeded stream, and written in customer order, so the files are identical for a config whatever
 * the number of threads. Memory holds the catalog and a few batches, never all customers.
 */
public final class ShopGenerator {
  /** The catalog (interchange). */
  public static final String PRODUCTS_FILE = ProductCsv.FILE_NAME;

  /** The customers (interchange, with custom attributes). */
  public static final String CUSTOMERS_FILE = CustomerCsv.FILE_NAME;

  /** The event history (interchange). */
  public static final String EVENTS_FILE = EventCsv.FILE_NAME;

  /** The hidden tastes per customer (not imported). */
  public static final String TASTES_FILE = TasteCsv.FILE_NAME;

  /** The hidden popularity and trend flag per product (not imported). */
  public static final String HIDDEN_PRODUCTS_FILE = HiddenProductCsv.FILE_NAME;

  private static final int BATCH = 500;

  private final SimConfig config;
  private final Path outDir;
  private final ProgressListener progress;
  private final int threads;
  private final Map<String, Long> rows = new LinkedHashMap<>();
  private final long[] counts = new long[EventType.values().length];

  private ShopGenerator(SimConfig config, Path outDir, ProgressListener progress, int threads) {
    this.config = Objects.requireNonNull(config, "config");
    this.outDir = Objects.requireNonNull(outDir, "outDir");
    this.progress = Objects.requireNonNull(progress, "progress");
    this.threads = threads;
  }

  /** Generates the shop described by {@code config} into {@code outDir} on all processors. */
  public static SimSummary generate(SimConfig config, Path outDir, ProgressListener progress) {
    return generate(config, outDir, progress, Runtime.getRuntime().availableProcessors());
  }

  /**
   * Generates the shop described by {@code config} into {@code outDir} (created if missing;
   * existing files of the same names are replaced) with {@code threads} workers.
   */
  public static SimSummary generate(
      SimConfig config, Path outDir, ProgressListener progress, int threads) {
    if (threads < 1) {
      throw new TailorException(ErrorCode.BAD_INPUT, "threads must be at least 1");
    }
    return new ShopGenerator(config, outDir, progress, threads).run();
  }

  private SimSummary run() {
    createDirectories(outDir);
    SimWindow window = SimWindow.ofDays(config.end().getEpochSecond(), config.days());
    Catalog catalog = writeCatalog(window);
    writeCustomers(catalog);
    Map<EventType, Long> byType = new EnumMap<>(EventType.class);
    for (EventType t : EventType.values()) {
      byType.put(t, counts[t.ordinal()]);
    }
    return new SimSummary(outDir, rows, byType);
  }

  private Catalog writeCatalog(SimWindow window) {
    Catalog catalog;
    try (CsvFile products = CsvFile.create(outDir.resolve(PRODUCTS_FILE), ProductCsv.HEADER)) {
      CsvBuffer buffer = new CsvBuffer(1 << 16);
      catalog =
          CatalogGenerator.generate(
              config.products(),
              config.seed(),
              window,
              p -> {
                ProductCsv.append(buffer, p);
                if (buffer.text().length() > 1 << 16) {
                  products.append(buffer);
                }
              });
      products.append(buffer);
      rows.put(PRODUCTS_FILE, products.rows());
    }
    try (CsvFile hidden =
        CsvFile.create(outDir.resolve(HIDDEN_PRODUCTS_FILE), HiddenProductCsv.HEADER)) {
      CsvBuffer buffer = new CsvBuffer();
      HiddenProductCsv.append(buffer, catalog);
      hidden.append(buffer);
      rows.put(HIDDEN_PRODUCTS_FILE, hidden.rows());
    }
    return catalog;
  }

  /**
   * Simulates the customers in batches on the worker pool, at most two batches per worker in
   * flight, and appends each batch's rows in customer order.
   */
  private void writeCustomers(Catalog catalog) {
    CustomerSimulator simulator =
        new CustomerSimulator(
            catalog, NewsletterSchedule.plan(catalog, config.seed()), config.seed());
    int total = config.customers();
    ExecutorService pool = Executors.newFixedThreadPool(threads, ShopGenerator::daemon);
    try (CsvFile customers = CsvFile.create(outDir.resolve(CUSTOMERS_FILE), CustomerCsv.HEADER);
        CsvFile events = CsvFile.create(outDir.resolve(EVENTS_FILE), EventCsv.HEADER);
        CsvFile tastes = CsvFile.create(outDir.resolve(TASTES_FILE), TasteCsv.HEADER)) {
      ArrayDeque<Future<Batch>> pending = new ArrayDeque<>();
      int next = 0;
      int done = 0;
      while (done < total) {
        while (next < total && pending.size() < 2 * threads) {
          int from = next;
          int to = Math.min(total, from + BATCH);
          pending.add(pool.submit(() -> Batch.simulate(simulator, catalog, from, to)));
          next = to;
        }
        Batch batch = await(pending.remove());
        customers.append(batch.customers);
        events.append(batch.events);
        tastes.append(batch.tastes);
        for (int t = 0; t < counts.length; t++) {
          counts[t] += batch.counts[t];
        }
        done = batch.to;
        progress.onProgress(done, total);
      }
      rows.put(CUSTOMERS_FILE, customers.rows());
      rows.put(EVENTS_FILE, events.rows());
      rows.put(TASTES_FILE, tastes.rows());
    } finally {
      pool.shutdownNow();
    }
  }

  private static Batch await(Future<Batch> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TailorException(ErrorCode.RUNTIME, "generation was interrupted", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      throw new TailorException(ErrorCode.RUNTIME, "generation failed: " + cause, cause);
    }
  }

  private static void createDirectories(Path outDir) {
    try {
      Files.createDirectories(outDir);
    } catch (IOException e) {
      throw new TailorException(ErrorCode.BAD_INPUT, "cannot create the folder " + outDir, e);
    }
  }

  private static Thread daemon(Runnable r) {
    Thread t = new Thread(r, "tailor-sim-worker");
    t.setDaemon(true);
    return t;
  }

  /** The text and counts of a run of consecutive customers, formatted on a worker thread. */
  private static final class Batch {
    private final int to;
    private final CsvBuffer customers = new CsvBuffer(1 << 17);
    private final CsvBuffer events = new CsvBuffer(1 << 21);
    private final CsvBuffer tastes = new CsvBuffer(1 << 17);
    private final long[] counts = new long[EventType.values().length];

    private Batch(int to) {
      this.to = to;
    }

    static Batch simulate(CustomerSimulator simulator, Catalog catalog, int from, int to) {
      Batch batch = new Batch(to);
      for (int i = from; i < to; i++) {
        CustomerRecord record = simulator.simulate(i);
        CustomerCsv.append(batch.customers, record.customer());
        TasteCsv.append(batch.tastes, record.profile().id(), record.taste());
        EventCsv.append(batch.events, record, catalog, batch.counts);
      }
      return batch;
    }
  }
}
