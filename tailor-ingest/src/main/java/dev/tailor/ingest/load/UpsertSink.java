package dev.tailor.ingest.load;

import dev.tailor.ingest.interchange.Repeats;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * Upserts products or customers by id. Within a batch a repeated id keeps the last row ({@link
 * Repeats#LAST}); with {@link Repeats#FIRST} later rows of an id already seen in this import are
 * not written. Created and updated are told apart by the repository count before and after each
 * batch, which assumes no other writer during the import.
 *
 * @param <T> the record type
 */
public final class UpsertSink<T> extends BatchSink<T> {
  private final Function<T, String> idOf;
  private final Consumer<Collection<T>> upsertAll;
  private final LongSupplier count;
  private final Set<String> seen;
  private final Map<String, T> batch = new LinkedHashMap<>();

  public UpsertSink(
      Counts counts,
      int batchSize,
      Repeats repeats,
      Function<T, String> idOf,
      Consumer<Collection<T>> upsertAll,
      LongSupplier count) {
    super(counts, batchSize);
    this.idOf = idOf;
    this.upsertAll = upsertAll;
    this.count = count;
    this.seen = repeats == Repeats.FIRST ? new HashSet<>() : null;
  }

  @Override
  public void add(T record) {
    String id = idOf.apply(record);
    if (seen != null) {
      if (seen.add(id)) {
        batch.put(id, record);
      } else {
        counts.duplicates++;
      }
    } else if (batch.remove(id) != null) {
      batch.put(id, record);
      counts.updated++;
    } else {
      batch.put(id, record);
    }
  }

  @Override
  public int pending() {
    return batch.size();
  }

  @Override
  public void flush() {
    if (batch.isEmpty()) {
      return;
    }
    long before = count.getAsLong();
    upsertAll.accept(new ArrayList<>(batch.values()));
    long created = Math.max(0, count.getAsLong() - before);
    counts.created += created;
    counts.updated += batch.size() - created;
    batch.clear();
  }
}
