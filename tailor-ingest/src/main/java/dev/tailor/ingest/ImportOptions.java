package dev.tailor.ingest;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * How to import.
 *
 * @param batchSize records per store call (one transaction each), 1..1,000,000; default 5,000
 * @param rejectsFile where to write every reject as CSV ({@code file,line,field,reason,raw}); the
 *     file is replaced. Empty: rejects are only counted and the first ones kept in the report
 * @param maxRejectsInReport how many rejects the report keeps in memory; default 100
 * @param mapping a column mapping for foreign exports: a YAML file path or a shipped name ({@code
 *     uci-online-retail}, {@code movielens}); empty: the folder holds interchange files
 */
public record ImportOptions(
    int batchSize, Optional<Path> rejectsFile, int maxRejectsInReport, Optional<String> mapping) {

  public static final int DEFAULT_BATCH_SIZE = 5_000;
  public static final int DEFAULT_MAX_REJECTS_IN_REPORT = 100;
  static final int MAX_BATCH_SIZE = 1_000_000;

  public ImportOptions {
    if (batchSize < 1 || batchSize > MAX_BATCH_SIZE) {
      throw new IllegalArgumentException("batchSize must be in 1.." + MAX_BATCH_SIZE);
    }
    Objects.requireNonNull(rejectsFile, "rejectsFile");
    if (maxRejectsInReport < 0) {
      throw new IllegalArgumentException("maxRejectsInReport must not be negative");
    }
    Objects.requireNonNull(mapping, "mapping");
  }

  /** Batches of 5,000, no rejects file, 100 rejects in the report, interchange files. */
  public static ImportOptions defaults() {
    return new ImportOptions(
        DEFAULT_BATCH_SIZE, Optional.empty(), DEFAULT_MAX_REJECTS_IN_REPORT, Optional.empty());
  }

  public ImportOptions withBatchSize(int size) {
    return new ImportOptions(size, rejectsFile, maxRejectsInReport, mapping);
  }

  public ImportOptions withRejectsFile(Path file) {
    return new ImportOptions(batchSize, Optional.of(file), maxRejectsInReport, mapping);
  }

  public ImportOptions withMaxRejectsInReport(int max) {
    return new ImportOptions(batchSize, rejectsFile, max, mapping);
  }

  /** Uses a mapping file path or shipped mapping name, as given to {@code --map}. */
  public ImportOptions withMapping(String nameOrPath) {
    return new ImportOptions(batchSize, rejectsFile, maxRejectsInReport, Optional.of(nameOrPath));
  }
}
