package dev.tailor.web.track;

import dev.tailor.core.campaign.Message;
import dev.tailor.core.campaign.MessageRepository;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The messages tracking hits name, read once and kept for a few minutes: an email's opens and
 * clicks come in bursts, and what a hit needs of its message (customer, campaign, the products of
 * its decision) no longer changes once it is sent. Unknown ids are not kept. The map is emptied
 * whenever it grows past its bound.
 */
final class SentMessages {
  static final int MAX_ENTRIES = 50_000;
  static final long TTL_NANOS = 300_000_000_000L;

  /** A message and, once a click needed it, which product each of its links shows. */
  static final class Entry {
    final Message message;
    final long loadedAt;
    private volatile Map<String, ClickedProduct.Hit> links;

    Entry(Message message, long loadedAt) {
      this.message = message;
      this.loadedAt = loadedAt;
    }

    Map<String, ClickedProduct.Hit> links(Function<Message, Map<String, ClickedProduct.Hit>> load) {
      Map<String, ClickedProduct.Hit> l = links;
      if (l == null) {
        l = load.apply(message);
        links = l;
      }
      return l;
    }
  }

  private final MessageRepository messages;
  private final Map<String, Entry> cache = new ConcurrentHashMap<>();

  SentMessages(MessageRepository messages) {
    this.messages = Objects.requireNonNull(messages, "messages");
  }

  Optional<Entry> find(String id) {
    long now = System.nanoTime();
    Entry e = cache.get(id);
    if (e != null && now - e.loadedAt < TTL_NANOS) {
      return Optional.of(e);
    }
    Optional<Message> m = messages.findById(id);
    if (m.isEmpty()) {
      cache.remove(id);
      return Optional.empty();
    }
    if (cache.size() >= MAX_ENTRIES) {
      cache.clear();
    }
    Entry fresh = new Entry(m.get(), now);
    cache.put(id, fresh);
    return Optional.of(fresh);
  }
}
