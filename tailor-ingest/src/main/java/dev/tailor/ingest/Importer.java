package dev.tailor.ingest;

import dev.tailor.core.store.Store;
import dev.tailor.ingest.mapping.Mappings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Imports a folder of interchange files, or of a foreign export through a column mapping, into a
 * {@link Store}. Streams every file (constant memory), writes in batches of one transaction each,
 * and is idempotent: events are keyed by {@code event_id} (or a hash of the row), products and
 * customers are upserted by id, so importing again after a crash completes the job without
 * duplicates.
 *
 * <p>Order: products, then customers, then events; a mapped folder follows the mapping's sources.
 * Within a file feeding several targets, pending products and customers are written before events.
 */
public final class Importer {
  private final Store store;

  public Importer(Store store) {
    this.store = Objects.requireNonNull(store, "store");
  }

  /**
   * Imports {@code dir}.
   *
   * @throws dev.tailor.core.TailorException with {@code BAD_INPUT} before anything is written when
   *     the folder, a file's header or the mapping is unusable ({@link ImportException}, {@link
   *     dev.tailor.ingest.read.ReadException}, {@link dev.tailor.ingest.mapping.MappingException});
   *     an {@link ImportException} with the store's code when a batch cannot be written
   */
  public ImportReport importDirectory(Path dir, ImportOptions options, ImportListener listener) {
    Objects.requireNonNull(dir, "dir");
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(listener, "listener");
    long start = System.nanoTime();
    Plan plan =
        options
            .mapping()
            .map(m -> Plan.mapped(dir, Mappings.resolve(m)))
            .orElseGet(() -> Plan.interchange(dir));
    plan.check();
    List<FileReport> files = new ArrayList<>();
    try (RejectLog rejects = new RejectLog(options.rejectsFile(), options.maxRejectsInReport())) {
      SourceRun run = new SourceRun(store, options.batchSize(), rejects, listener);
      for (Plan.Step step : plan.steps()) {
        files.addAll(run.run(step));
      }
      return new ImportReport(
          files,
          plan.ignored(),
          rejects.first(),
          rejects.total(),
          rejects.path(),
          Duration.ofNanos(System.nanoTime() - start));
    }
  }

  /** Imports {@code dir} with default options and no listener. */
  public ImportReport importDirectory(Path dir) {
    return importDirectory(dir, ImportOptions.defaults(), ImportListener.NONE);
  }
}
