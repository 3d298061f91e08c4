package dev.tailor.app.importing;

import dev.tailor.app.cli.Output;
import dev.tailor.app.cli.ProgressBar;
import dev.tailor.app.cli.TailorCli;
import dev.tailor.app.cli.TailorSubcommand;
import dev.tailor.app.config.TailorConfig;
import dev.tailor.app.wiring.Wiring;
import dev.tailor.core.store.Store;
import dev.tailor.ingest.ImportOptions;
import dev.tailor.ingest.ImportReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code tailor import}: imports interchange files or a mapped export into the store. */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = {
      "Import products, customers and events from a folder of interchange files (CSV or JSONL,"
          + " optionally gzipped), or from another export through a column mapping.",
      "Idempotent: importing the same files again stores nothing twice. Bad rows are rejected"
          + " with file, line, field and reason; the good rows are imported; exit code 2 when"
          + " anything was rejected."
    })
public final class ImportCommand extends TailorSubcommand implements Callable<Integer> {
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

  @Option(names = "--dir", required = true, paramLabel = "DIR", description = "Folder to import.")
  private Path dir;

  @Option(
      names = "--map",
      paramLabel = "MAPPING",
      description =
          "Column mapping: a YAML file, or a shipped name (uci-online-retail, movielens).")
  private String mapping;

  @Option(
      names = "--rejects",
      paramLabel = "FILE",
      description =
          "Where to write every rejected row as CSV (default"
              + " ./tailor-data/rejects/import-<time>.csv, kept only when rows were rejected).")
  private Path rejects;

  @Option(
      names = "--batch-size",
      paramLabel = "N",
      description = "Rows per transaction (default tailor.import.batch-size, 20000).")
  private Integer batchSize;

  @Override
  public Integer call() {
    TailorConfig config = root().config();
    Output output = root().output();
    Wiring wiring = new Wiring(config);
    Path rejectsFile =
        rejects != null ? rejects : defaultRejectsFile(root().context().clock().instant());
    ImportOptions options =
        ImportOptions.defaults()
            .withBatchSize(batchSize != null ? batchSize : config.importing().batchSize())
            .withRejectsFile(createParent(rejectsFile))
            .withMaxRejectsInReport(config.importing().rejectsShown());
    if (mapping != null) {
      options = options.withMapping(mapping);
    }
    ImportReport report;
    try (Store store = wiring.openStore()) {
      report = run(store, dir, options, output);
      if (!report.hasRejects() && rejects == null) {
        deleteQuietly(rejectsFile);
        report = ImportText.withoutRejectsFile(report);
      }
      if (output.json()) {
        output.printJson(report);
      } else {
        output.line("Imported " + dir + " into " + store.describe());
        printReport(report, output);
      }
    }
    return report.hasRejects() ? TailorCli.BAD_INPUT : TailorCli.OK;
  }

  /** Imports with a progress bar; shared with the demo. */
  public static ImportReport run(Store store, Path dir, ImportOptions options, Output output) {
    try (ProgressBar bar = output.progress("importing")) {
      return new dev.tailor.ingest.Importer(store)
          .importDirectory(
              dir,
              options,
              p ->
                  bar.show(
                      p.percent().isPresent() ? p.percent().getAsLong() / 100.0 : -1,
                      String.format(java.util.Locale.ROOT, "%,d rows of %s", p.rows(), p.file()),
                      false));
    }
  }

  /** Prints a report for people (nothing with {@code --json}; rejects go to stderr). */
  public static void printReport(ImportReport report, Output output) {
    ImportText.print(report, output);
  }

  static Path defaultRejectsFile(Instant now) {
    return Path.of("tailor-data", "rejects", "import-" + STAMP.format(now) + ".csv");
  }

  private static Path createParent(Path file) {
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the folder of " + file, e);
    }
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // an empty rejects file left behind is harmless
    }
  }
}
