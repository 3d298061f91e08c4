package dev.tailor.ingest.interchange;

/** What happens when a product or customer id appears on several rows of one import. */
public enum Repeats {
  /** Every row is upserted in file order, so the last row wins (the default). */
  LAST,
  /**
   * The first row with an id is stored, later rows with that id are counted as repeats and not
   * written. Holds the ids seen in memory, so meant for catalogs and customer lists derived from
   * event-like exports (one product per order line).
   */
  FIRST
}
