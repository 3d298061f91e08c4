package dev.tailor.campaign.pipeline;

import dev.tailor.core.campaign.Campaign;
import dev.tailor.core.campaign.Message;
import dev.tailor.core.campaign.MessageState;
import dev.tailor.core.event.EventType;
import dev.tailor.core.store.Store;
import dev.tailor.strategy.explore.ClickFeedback;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@link ClickFeedback} port from the store, read once: an item's shows are the sent messages
 * whose decision showed it, its clicks the messages in which a human clicked it ({@code
 * email_clicked} events with the message and product, counted once per message). Machine clicks are
 * left out as the engagement analytics flag them where this module can see it: a hit the tracking
 * endpoint recognised as a privacy proxy or scanner ({@code TrackingHit.proxyKind}), or a click
 * within {@link #CLICK_GRACE} of the send. Memory grows with the human clicks and the distinct
 * items and algorithms shown, never with the messages, which are paged through.
 */
public final class SentClickFeedback implements ClickFeedback {
  /** A click this soon after the send is a link scanner's (the engagement rules' default). */
  public static final Duration CLICK_GRACE = Duration.ofSeconds(10);

  /** How far back sends count: the default training window, so old evidence fades out. */
  public static final Duration WINDOW = Duration.ofDays(90);

  private static final int PAGE = 1_000;

  private final Map<String, long[]> items;
  private final Map<String, long[]> algorithms;
  private final long messages;

  private SentClickFeedback(
      Map<String, long[]> items, Map<String, long[]> algorithms, long messages) {
    this.items = items;
    this.algorithms = algorithms;
    this.messages = messages;
  }

  /**
   * Reads the messages sent within {@link #WINDOW} before {@code now} (campaigns last changed
   * before it are skipped unread) and the human clicks on their items.
   */
  public static SentClickFeedback load(Store store, Instant now) {
    Instant since = now.minus(WINDOW);
    List<Campaign> recent =
        store.campaigns().list().stream().filter(c -> !c.updatedAt().isBefore(since)).toList();
    if (recent.isEmpty()) {
      // nothing sent in the window: no click can count, so none is read
      return new SentClickFeedback(new HashMap<>(), new HashMap<>(), 0);
    }
    // a click on a message sent in the window comes after its send
    Map<String, Map<String, Instant>> clicks = humanClicks(store, since);
    Map<String, long[]> items = new HashMap<>();
    Map<String, long[]> algorithms = new HashMap<>();
    long read = 0;
    for (Campaign c : recent) {
      String after = "";
      while (true) {
        List<Message> page =
            store
                .messages()
                .page(
                    c.id(),
                    EnumSet.of(MessageState.SENT),
                    now.plus(Duration.ofDays(3650)),
                    after,
                    PAGE);
        for (Message m : page) {
          if (m.decision().isPresent()
              && m.sentAt().isPresent()
              && !m.sentAt().get().isBefore(since)) {
            read++;
            count(m, clicks.getOrDefault(m.id(), Map.of()), items, algorithms);
          }
        }
        if (page.size() < PAGE) {
          break;
        }
        after = page.get(page.size() - 1).id();
      }
    }
    return new SentClickFeedback(items, algorithms, read);
  }

  private static void count(
      Message m,
      Map<String, Instant> clicked,
      Map<String, long[]> items,
      Map<String, long[]> algorithms) {
    Instant sent = m.sentAt().orElseThrow();
    Set<String> seen = new HashSet<>();
    DecisionJson.shownItems(
        m.decision().orElseThrow(),
        (productId, algorithmName) -> {
          if (!seen.add(productId)) {
            return;
          }
          Instant at = clicked.get(productId);
          boolean human = at != null && !tooSoon(sent, at);
          long[] item = items.computeIfAbsent(productId, k -> new long[2]);
          long[] algorithm = algorithms.computeIfAbsent(algorithmName, k -> new long[2]);
          item[0]++;
          algorithm[0]++;
          if (human) {
            item[1]++;
            algorithm[1]++;
          }
        });
  }

  private static boolean tooSoon(Instant sent, Instant click) {
    Duration since = Duration.between(sent, click);
    return !since.isNegative() && since.compareTo(CLICK_GRACE) < 0;
  }

  /**
   * Per message id, per product, the latest click that no tracking hit flags as a machine's (the
   * send time is checked later, with the message, against {@link #CLICK_GRACE}).
   */
  public static Map<String, Map<String, Instant>> humanClicks(Store store) {
    return humanClicks(store, Instant.MIN);
  }

  /**
   * As {@link #humanClicks(Store)}, for clicks at or after {@code since} only (the proxy hits are
   * then read for that span of events, not for all of the store's history).
   */
  public static Map<String, Map<String, Instant>> humanClicks(Store store, Instant since) {
    Map<String, Click> byEvent = new HashMap<>();
    store
        .events()
        .scanTypes(
            Set.of(EventType.EMAIL_CLICKED),
            e -> {
              if (e.messageId().isPresent()
                  && e.productId().isPresent()
                  && !e.timestamp().isBefore(since)) {
                byEvent.put(
                    e.eventId(),
                    new Click(e.messageId().get(), e.productId().get(), e.timestamp()));
              }
            });
    if (!byEvent.isEmpty()) {
      Instant from = byEvent.values().stream().map(Click::at).min(Instant::compareTo).get();
      Instant to = byEvent.values().stream().map(Click::at).max(Instant::compareTo).get();
      store
          .trackingHits()
          .scan(
              from,
              to.plusNanos(1_000),
              h -> {
                if (h.proxyKind().isPresent()) {
                  byEvent.remove(h.eventId());
                }
              });
    }
    Map<String, Map<String, Instant>> out = new HashMap<>();
    for (Click c : byEvent.values()) {
      out.computeIfAbsent(c.message(), k -> new HashMap<>())
          .merge(c.product(), c.at(), (a, b) -> a.isAfter(b) ? a : b);
    }
    return out;
  }

  private record Click(String message, String product, Instant at) {}

  @Override
  public long[] showsAndClicks(String arm) {
    long[] a = items.get(arm);
    return a == null ? new long[] {0, 0} : a.clone();
  }

  /**
   * {@code {shows, clicks}} of the algorithm arm (the model or list that proposed the items), for a
   * slot that chooses among arms.
   */
  @Override
  public long[] algorithmShowsAndClicks(String algorithm) {
    long[] a = algorithms.get(algorithm);
    return a == null ? new long[] {0, 0} : a.clone();
  }

  /** How many sent messages with a decision were read. */
  public long messages() {
    return messages;
  }

  /** How many items were shown at least once. */
  public int items() {
    return items.size();
  }
}
