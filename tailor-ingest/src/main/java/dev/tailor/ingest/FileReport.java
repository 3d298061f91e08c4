package dev.tailor.ingest;

import dev.tailor.ingest.interchange.Target;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What one file gave one target. A mapped file feeding several targets has one report per target;
 * each sees every row. {@code rows = created + updated + duplicates + rejected + skipped}.
 *
 * @param file the file name (without folder)
 * @param target what the rows became
 * @param rows data rows read (header excluded)
 * @param created records new to the store
 * @param updated rows that replaced a stored record, or an earlier row of the same import (products
 *     and customers are upserted)
 * @param duplicates rows not written because the same record was already stored or read (events
 *     with a known id; products or customers repeated under {@code repeats: first})
 * @param rejected rows that failed validation (see the rejects)
 * @param skipped rows a mapping rule skipped (see {@code skipReasons}); never rejects
 * @param skipReasons skipped rows by reason, in order of first occurrence
 * @param identityLinks identity links written from {@code identify} events
 * @param ignoredColumns columns of an events file that Tailor does not know (events have no custom
 *     attributes); empty for products, customers and mapped files
 * @param elapsed time spent on the file (shared by all targets of a mapped file)
 */
public record FileReport(
    String file,
    Target target,
    long rows,
    long created,
    long updated,
    long duplicates,
    long rejected,
    long skipped,
    Map<String, Long> skipReasons,
    long identityLinks,
    List<String> ignoredColumns,
    Duration elapsed) {

  public FileReport {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(target, "target");
    skipReasons = Collections.unmodifiableMap(new LinkedHashMap<>(skipReasons));
    ignoredColumns = List.copyOf(ignoredColumns);
    Objects.requireNonNull(elapsed, "elapsed");
  }

  /** Rows that passed validation: created, updated or duplicates. */
  public long accepted() {
    return created + updated + duplicates;
  }
}
