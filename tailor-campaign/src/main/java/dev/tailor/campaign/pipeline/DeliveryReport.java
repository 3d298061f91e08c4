package dev.tailor.campaign.pipeline;

import dev.tailor.core.campaign.MessageState;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** What one delivery run did: messages moved to each final or waiting state. Thread-safe. */
public final class DeliveryReport {
  private final Map<MessageState, Long> moved = new EnumMap<>(MessageState.class);
  private long inDoubt;

  synchronized void moved(MessageState state, long n) {
    if (n > 0) {
      moved.merge(state, n, Long::sum);
    }
  }

  synchronized void inDoubt(long n) {
    inDoubt += n;
  }

  /** Messages this run moved into {@code state}. */
  public synchronized long count(MessageState state) {
    return moved.getOrDefault(state, 0L);
  }

  /** Messages found half-sent by an earlier run and resent or given up. */
  public synchronized long inDoubt() {
    return inDoubt;
  }

  public synchronized Map<String, Object> toMap() {
    Map<String, Object> m = new LinkedHashMap<>();
    moved.forEach((s, n) -> m.put(s.wireName(), n));
    m.put("in_doubt", inDoubt);
    return m;
  }
}
