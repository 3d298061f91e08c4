package dev.tailor.testkit.memory;

import dev.tailor.core.campaign.Message;
import dev.tailor.core.campaign.MessageRepository;
import dev.tailor.core.campaign.MessageState;
import dev.tailor.core.campaign.MessageUpdate;
import dev.tailor.core.campaign.StateCount;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** Message records by id; every state change is a compare-and-set under one lock. Thread-safe. */
public final class InMemoryMessageRepository implements MessageRepository {
  private final TreeMap<String, Message> byId = new TreeMap<>(Batches.ID_ORDER);
  private final Set<String> recipients = new HashSet<>();

  @Override
  public int planAll(Collection<Message> messages) {
    List<Message> batch = Batches.elements("messages", messages);
    int stored = 0;
    synchronized (this) {
      for (Message m : batch) {
        String recipient = m.campaignId() + "\n" + m.customerId();
        if (!byId.containsKey(m.id()) && !recipients.contains(recipient)) {
          byId.put(m.id(), m);
          recipients.add(recipient);
          stored++;
        }
      }
    }
    return stored;
  }

  @Override
  public synchronized Optional<Message> findById(String id) {
    return id == null ? Optional.empty() : Optional.ofNullable(byId.get(id));
  }

  @Override
  public synchronized List<Message> page(
      String campaignId, Set<MessageState> states, Instant dueBy, String afterId, int limit) {
    int n = Batches.limit(limit);
    List<Message> out = new ArrayList<>();
    for (Message m : byId.tailMap(Objects.requireNonNullElse(afterId, ""), false).values()) {
      if (out.size() >= n) {
        break;
      }
      if (m.campaignId().equals(campaignId)
          && states.contains(m.state())
          && !m.sendAt().isAfter(dueBy)) {
        out.add(m);
      }
    }
    return out;
  }

  @Override
  public Set<String> transition(Collection<MessageUpdate> updates) {
    List<MessageUpdate> batch = Batches.elements("updates", updates);
    Set<String> moved = new HashSet<>();
    synchronized (this) {
      for (MessageUpdate u : batch) {
        Message m = byId.get(u.messageId());
        if (m == null || m.state() != u.expected()) {
          continue;
        }
        byId.put(
            m.id(),
            new Message(
                m.id(),
                m.campaignId(),
                m.customerId(),
                m.variant(),
                m.holdout(),
                u.next(),
                m.sendAt(),
                u.decision().or(m::decision),
                u.subject().or(m::subject),
                u.transportId().or(m::transportId),
                u.detail().or(m::detail),
                m.createdAt(),
                u.at(),
                u.next() == MessageState.SENT ? Optional.of(u.at()) : m.sentAt()));
        moved.add(m.id());
      }
    }
    return moved;
  }

  @Override
  public synchronized List<StateCount> countByState(String campaignId) {
    Map<List<Object>, Long> counts = new HashMap<>();
    for (Message m : byId.values()) {
      if (m.campaignId().equals(campaignId)) {
        counts.merge(List.of(m.variant(), m.holdout(), m.state()), 1L, Long::sum);
      }
    }
    return counts.entrySet().stream()
        .map(
            e ->
                new StateCount(
                    (String) e.getKey().get(0),
                    (Boolean) e.getKey().get(1),
                    (MessageState) e.getKey().get(2),
                    e.getValue()))
        .sorted(
            Comparator.comparing(StateCount::variant, Batches.ID_ORDER)
                .thenComparing(StateCount::holdout)
                .thenComparing(s -> s.state().wireName()))
        .toList();
  }

  @Override
  public synchronized Optional<Instant> nextDue(String campaignId, Set<MessageState> states) {
    return byId.values().stream()
        .filter(m -> m.campaignId().equals(campaignId) && states.contains(m.state()))
        .map(Message::sendAt)
        .min(Comparator.naturalOrder());
  }

  @Override
  public synchronized Map<String, Integer> sentSince(
      Collection<String> customerIds, Instant since) {
    Set<String> wanted = new HashSet<>(customerIds);
    Map<String, Integer> out = new HashMap<>();
    for (Message m : byId.values()) {
      if (wanted.contains(m.customerId())
          && m.sentAt().isPresent()
          && !m.sentAt().get().isBefore(since)) {
        out.merge(m.customerId(), 1, Integer::sum);
      }
    }
    return out;
  }

  @Override
  public synchronized List<Message> sentTo(String customerId, Instant since) {
    return byId.values().stream()
        .filter(
            m ->
                m.customerId().equals(customerId)
                    && m.state() == MessageState.SENT
                    && m.sentAt().isPresent()
                    && !m.sentAt().get().isBefore(since))
        .sorted(
            Comparator.comparing((Message m) -> m.sentAt().get())
                .thenComparing(Message::id, Batches.ID_ORDER))
        .toList();
  }

  @Override
  public synchronized long count() {
    return byId.size();
  }
}
