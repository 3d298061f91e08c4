package dev.tailor.ingest.load;

/**
 * Collects accepted records and writes them through a store port in batches; each batch is one
 * call, hence one transaction. Not thread-safe.
 *
 * @param <T> the record type
 */
public abstract class BatchSink<T> {
  protected final Counts counts;
  private final int batchSize;

  protected BatchSink(Counts counts, int batchSize) {
    if (batchSize < 1) {
      throw new IllegalArgumentException("batch size must be at least 1");
    }
    this.counts = counts;
    this.batchSize = batchSize;
  }

  /** Takes one accepted record; call {@link #flush()} when {@link #full()}. */
  public abstract void add(T record);

  /** Records waiting to be written. */
  public abstract int pending();

  /** Writes the waiting records, if any, and updates the counts. */
  public abstract void flush();

  public final boolean full() {
    return pending() >= batchSize;
  }
}
