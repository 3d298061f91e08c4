package dev.tailor.ingest.load;

import dev.tailor.core.event.Event;
import dev.tailor.core.event.EventType;
import dev.tailor.core.identity.IdentityLink;
import dev.tailor.core.store.Store;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Appends events in batches. A batch's identity links (from {@code identify} events) are stored
 * first, then its events; both writes are idempotent, so a failure between them is repaired by
 * importing again. An event id repeated within a batch counts as a duplicate.
 */
public final class EventSink extends BatchSink<Event> {
  private final Store store;
  private final Map<String, Event> batch = new LinkedHashMap<>();
  private final List<IdentityLink> links = new ArrayList<>();

  public EventSink(Store store, Counts counts, int batchSize) {
    super(counts, batchSize);
    this.store = store;
  }

  @Override
  public void add(Event event) {
    if (batch.putIfAbsent(event.eventId(), event) != null) {
      counts.duplicates++;
      return;
    }
    if (event.type() == EventType.IDENTIFY) {
      links.add(
          new IdentityLink(
              event.anonymousId().orElseThrow(),
              event.customerId().orElseThrow(),
              event.timestamp()));
    }
  }

  @Override
  public int pending() {
    return batch.size();
  }

  @Override
  public void flush() {
    if (!links.isEmpty()) {
      store.identities().linkAll(new ArrayList<>(links));
      counts.links += links.size();
      links.clear();
    }
    if (batch.isEmpty()) {
      return;
    }
    int created = store.events().appendAll(new ArrayList<>(batch.values()));
    counts.created += created;
    counts.duplicates += batch.size() - created;
    batch.clear();
  }
}
