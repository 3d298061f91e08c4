package dev.tailor.app.reco;

import dev.tailor.app.cli.Output;
import dev.tailor.app.importing.ImportCommand;
import dev.tailor.app.wiring.Wiring;
import dev.tailor.core.ErrorCode;
import dev.tailor.core.TailorException;
import dev.tailor.core.catalog.Product;
import dev.tailor.core.event.TimeRange;
import dev.tailor.core.store.Store;
import dev.tailor.ingest.ImportOptions;
import dev.tailor.ingest.ImportReport;
import dev.tailor.reco.data.InteractionLog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Interaction data read from a folder of interchange files (or a mapped export) for offline work:
 * imported through the regular importer into a temporary embedded store, so the same validation,
 * mappings and identity linking apply, then read back as an interaction log and a catalog.
 *
 * @param log every product interaction of the folder
 * @param catalog the folder's products by id
 */
public record Dataset(InteractionLog log, Map<String, Product> catalog) {

  /** Loads {@code dir}; rejected rows are counted on stderr but do not stop the evaluation. */
  public static Dataset load(Wiring wiring, Path dir, Optional<String> mapping, Output out) {
    Path tmp;
    try {
      tmp = Files.createTempDirectory("tailor-dataset-");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a temporary folder", e);
    }
    try (Store store = wiring.openTemporaryStore(tmp.resolve("data.db"))) {
      ImportOptions options =
          ImportOptions.defaults()
              .withBatchSize(wiring.config().importing().batchSize())
              .withRejectsFile(tmp.resolve("rejects.csv"));
      if (mapping.isPresent()) {
        options = options.withMapping(mapping.get());
      }
      ImportReport report = ImportCommand.run(store, dir, options, out);
      if (report.hasRejects()) {
        out.note(
            report.totalRejects()
                + " rows of "
                + dir
                + " were rejected and left out; run `tailor import --dir "
                + dir
                + "` to see why");
      }
      Optional<TimeRange> range = store.events().timeRange();
      if (range.isEmpty()) {
        throw new TailorException(ErrorCode.BAD_INPUT, "no events found in " + dir);
      }
      InteractionLog log =
          InteractionLog.fromStore(store, range.get().first(), range.get().last().plusMillis(1));
      Map<String, Product> catalog = new HashMap<>();
      store.products().forEach(p -> catalog.put(p.id(), p));
      return new Dataset(log, catalog);
    } finally {
      deleteTree(tmp);
    }
  }

  private static void deleteTree(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a temporary folder left behind is harmless
    }
  }
}
