package dev.tailor.ingest;

import dev.tailor.ingest.interchange.Target;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.ToLongFunction;

/**
 * The outcome of an import.
 *
 * @param files one report per file and target, in import order
 * @param ignoredFiles names of the folder's files that were not imported, sorted
 * @param rejects the first rejects, at most {@link ImportOptions#maxRejectsInReport()}
 * @param totalRejects every reject, all in the rejects file: one per rejected row, or per row and
 *     target when a mapped row fails for several targets
 * @param rejectsFile where all rejects were written, if asked
 * @param elapsed wall time of the whole import
 */
public record ImportReport(
    List<FileReport> files,
    List<String> ignoredFiles,
    List<Reject> rejects,
    long totalRejects,
    Optional<Path> rejectsFile,
    Duration elapsed) {

  public ImportReport {
    files = List.copyOf(files);
    ignoredFiles = List.copyOf(ignoredFiles);
    rejects = List.copyOf(rejects);
  }

  /** Sum of {@code metric} over the files of {@code target}. */
  public long total(Target target, ToLongFunction<FileReport> metric) {
    return files.stream().filter(f -> f.target() == target).mapToLong(metric).sum();
  }

  /** Records new to the store, all targets. */
  public long created() {
    return files.stream().mapToLong(FileReport::created).sum();
  }

  /** True when at least one row was rejected. */
  public boolean hasRejects() {
    return totalRejects > 0;
  }
}
