package dev.tailor.ingest.load;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What happened to the rows of one file for one target. Every row read ends in exactly one of
 * created, updated, duplicates, rejected or skipped. Not thread-safe.
 */
public final class Counts {
  long rows;
  long created;
  long updated;
  long duplicates;
  long rejected;
  long skipped;
  long links;
  private final Map<String, Long> skipReasons = new LinkedHashMap<>();

  public void row() {
    rows++;
  }

  public void rejected() {
    rejected++;
  }

  public void skipped(String reason) {
    skipped++;
    skipReasons.merge(reason, 1L, Long::sum);
  }

  public long rows() {
    return rows;
  }

  /** Records new to the store. */
  public long created() {
    return created;
  }

  /** Rows that replaced a stored record, or an earlier row of the same import. */
  public long updated() {
    return updated;
  }

  /** Rows not written because the same record was already stored or read. */
  public long duplicates() {
    return duplicates;
  }

  public long rejectedCount() {
    return rejected;
  }

  public long skippedCount() {
    return skipped;
  }

  /** Skip counts by reason, in order of first occurrence. */
  public Map<String, Long> skipReasons() {
    return Collections.unmodifiableMap(skipReasons);
  }

  /** Identity links written from {@code identify} events. */
  public long links() {
    return links;
  }
}
