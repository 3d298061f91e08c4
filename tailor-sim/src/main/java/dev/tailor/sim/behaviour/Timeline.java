package dev.tailor.sim.behaviour;

import dev.tailor.core.event.EventType;
import dev.tailor.sim.time.SimWindow;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Collects one customer's events. Events outside the window are dropped, and so are anonymous
 * events at or after the moment the visitor registers, so that in time order every anonymous event
 * comes before the {@code identify}.
 */
final class Timeline {
  private final SimWindow window;
  private final long anonymousUntil;
  private final List<SimEvent> events = new ArrayList<>();

  /** A timeline in {@code window}; anonymous events must happen before {@code anonymousUntil}. */
  Timeline(SimWindow window, long anonymousUntil) {
    this.window = window;
    this.anonymousUntil = anonymousUntil;
  }

  /** Records a product event; returns false if it fell outside the window and was dropped. */
  boolean product(long time, EventType type, boolean anonymous, int product, int quantity) {
    return add(new SimEvent(time, type, anonymous, product, quantity, null, null, null));
  }

  /** Records an order line. */
  boolean orderLine(long time, int product, int quantity, String orderId) {
    return add(
        new SimEvent(
            time, EventType.ORDER_COMPLETED, false, product, quantity, orderId, null, null));
  }

  /** Records an email event, with the clicked product or -1. */
  boolean email(long time, EventType type, int product, String campaignId, String messageId) {
    return add(new SimEvent(time, type, false, product, 0, null, campaignId, messageId));
  }

  /** Records an event without product, such as {@code checkout_started} or {@code identify}. */
  boolean plain(long time, EventType type) {
    return add(new SimEvent(time, type, false, -1, 0, null, null, null));
  }

  private boolean add(SimEvent e) {
    if (!window.contains(e.time()) || (e.anonymous() && e.time() >= anonymousUntil)) {
      return false;
    }
    events.add(e);
    return true;
  }

  /** The events in time order; events at the same second keep the order they were recorded in. */
  List<SimEvent> sorted() {
    events.sort(Comparator.comparingLong(SimEvent::time));
    return events;
  }
}
