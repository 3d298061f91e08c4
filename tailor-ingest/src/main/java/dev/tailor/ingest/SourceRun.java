package dev.tailor.ingest;

import dev.tailor.core.ErrorCode;
import dev.tailor.core.TailorException;
import dev.tailor.core.catalog.Product;
import dev.tailor.core.customer.Customer;
import dev.tailor.core.store.Store;
import dev.tailor.ingest.interchange.CustomerParser;
import dev.tailor.ingest.interchange.EventParser;
import dev.tailor.ingest.interchange.ProductParser;
import dev.tailor.ingest.interchange.Target;
import dev.tailor.ingest.load.Counts;
import dev.tailor.ingest.load.EventSink;
import dev.tailor.ingest.load.UpsertSink;
import dev.tailor.ingest.read.Row;
import dev.tailor.ingest.read.RowDefect;
import dev.tailor.ingest.read.RowReader;
import dev.tailor.ingest.read.RowReaders;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Imports one file of a plan: rows are read once and fed to each of the file's targets. */
final class SourceRun {
  private final Store store;
  private final int batchSize;
  private final RejectLog rejects;
  private final ImportListener listener;

  SourceRun(Store store, int batchSize, RejectLog rejects, ImportListener listener) {
    this.store = store;
    this.batchSize = batchSize;
    this.rejects = rejects;
    this.listener = listener;
  }

  List<FileReport> run(Plan.Step step) {
    long start = System.nanoTime();
    String name = step.file().name();
    List<Lane<?>> lanes = new ArrayList<>();
    step.feeds().forEach(f -> lanes.add(lane(name, f)));
    long rows = 0;
    List<String> ignoredColumns;
    try (RowReader reader = RowReaders.open(step.file())) {
      ignoredColumns = ignoredColumns(step, reader);
      for (Optional<Row> next = reader.next(); next.isPresent(); next = reader.next()) {
        Row row = next.get();
        rows++;
        Optional<RowDefect> defect = row.defect();
        if (defect.isPresent()) {
          lanes.forEach(Lane::defective);
          RowDefect d = defect.get();
          rejects.add(new Reject(name, row.line(), d.field(), d.reason(), row.raw()));
        } else {
          for (Lane<?> lane : lanes) {
            lane.accept(row, rejects);
          }
        }
        if (anyFull(lanes)) {
          flush(lanes, name, row.line());
        }
        if (rows % batchSize == 0) {
          listener.onProgress(progress(name, rows, reader));
        }
      }
      flush(lanes, name, -1);
      listener.onProgress(progress(name, rows, reader));
    }
    Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
    List<FileReport> reports = new ArrayList<>();
    for (Lane<?> lane : lanes) {
      FileReport r = report(name, lane, ignoredColumns, elapsed);
      reports.add(r);
      listener.onFileDone(r);
    }
    return reports;
  }

  private static boolean anyFull(List<Lane<?>> lanes) {
    for (Lane<?> lane : lanes) {
      if (lane.sink().full()) {
        return true;
      }
    }
    return false;
  }

  private static ImportProgress progress(String name, long rows, RowReader reader) {
    return new ImportProgress(name, rows, reader.bytesRead(), reader.totalBytes());
  }

  /** Writes every lane's pending batch, in target order (products, customers, events). */
  private static void flush(List<Lane<?>> lanes, String file, long line) {
    for (Lane<?> lane : lanes) {
      try {
        lane.sink().flush();
      } catch (TailorException e) {
        throw storeFailure(file, line, lane, e, e.code());
      } catch (RuntimeException e) {
        throw storeFailure(file, line, lane, e, ErrorCode.STORE);
      }
    }
  }

  private static ImportException storeFailure(
      String file, long line, Lane<?> lane, RuntimeException e, ErrorCode code) {
    String where = line < 0 ? "at the end" : "after line " + line;
    return new ImportException(
        code,
        file
            + ": writing "
            + lane.target().fileStem()
            + " failed "
            + where
            + " (earlier batches are stored; import again to finish): "
            + e.getMessage(),
        e);
  }

  private Lane<?> lane(String file, Plan.Feed feed) {
    return switch (feed.target()) {
      case PRODUCTS ->
          new Lane<>(
              file,
              Target.PRODUCTS,
              feed.mapping(),
              new ProductParser(),
              c ->
                  new UpsertSink<>(
                      c,
                      batchSize,
                      feed.repeats(),
                      Product::id,
                      store.products()::upsertAll,
                      store.products()::count));
      case CUSTOMERS ->
          new Lane<>(
              file,
              Target.CUSTOMERS,
              feed.mapping(),
              new CustomerParser(),
              c ->
                  new UpsertSink<>(
                      c,
                      batchSize,
                      feed.repeats(),
                      Customer::id,
                      store.customers()::upsertAll,
                      store.customers()::count));
      case EVENTS ->
          new Lane<>(
              file,
              Target.EVENTS,
              feed.mapping(),
              new EventParser(),
              c -> new EventSink(store, c, batchSize));
    };
  }

  private static List<String> ignoredColumns(Plan.Step step, RowReader reader) {
    boolean plainEvents =
        step.feeds().size() == 1
            && step.feeds().get(0).target() == Target.EVENTS
            && step.feeds().get(0).mapping().isEmpty();
    if (!plainEvents) {
      return List.of();
    }
    return reader.header().names().stream().filter(n -> !Target.EVENTS.knows(n)).toList();
  }

  private static FileReport report(
      String file, Lane<?> lane, List<String> ignoredColumns, Duration elapsed) {
    Counts c = lane.counts();
    return new FileReport(
        file,
        lane.target(),
        c.rows(),
        c.created(),
        c.updated(),
        c.duplicates(),
        c.rejectedCount(),
        c.skippedCount(),
        c.skipReasons(),
        c.links(),
        ignoredColumns,
        elapsed);
  }
}
