package dev.tailor.reco.recommend;

import dev.tailor.core.event.Event;
import dev.tailor.core.event.EventRepository;
import dev.tailor.core.event.EventType;
import dev.tailor.reco.data.IdIndex;
import dev.tailor.reco.data.InteractionLog;
import dev.tailor.reco.data.Interactions;
import dev.tailor.reco.data.WeightScheme;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Turns a customer's events into a {@link CustomerHistory} in one model's item index space, with
 * the weight scheme the model was trained with (same type weights, same decay; the weighing code is
 * {@link WeightScheme#matrix}, shared with training). Products the model does not know are dropped.
 *
 * <p>Decay is measured back from the {@code reference} given: the training data's newest event
 * keeps weights on the scale the model learnt from; the current time suits live serving.
 */
public final class ProfileBuilder {
  private final IdIndex items;
  private final WeightScheme weights;

  public ProfileBuilder(IdIndex items, WeightScheme weights) {
    this.items = Objects.requireNonNull(items, "items");
    this.weights = Objects.requireNonNull(weights, "weights");
  }

  /** The history of {@code customerId} from their events (other customers' events are ignored). */
  public CustomerHistory fromEvents(String customerId, List<Event> events, Instant reference) {
    InteractionLog.Builder b = InteractionLog.builder();
    for (Event e : events) {
      if (e.customerId().filter(customerId::equals).isPresent()) {
        b.add(e);
      }
    }
    Histories h = fromLog(b.build(), reference, List.of());
    int k = h.indexOf(customerId);
    return k < 0 ? CustomerHistory.cold(customerId) : h.history(k);
  }

  /** The history of {@code customerId} from their {@code limit} newest events in the store. */
  public CustomerHistory fromStore(
      EventRepository events, String customerId, int limit, Instant reference) {
    return fromEvents(customerId, events.recentForCustomer(customerId, limit), reference);
  }

  /**
   * The histories of every customer of {@code log}, then of the {@code alsoCustomers} the log does
   * not hold (with no history), for batch runs.
   */
  public Histories fromLog(
      InteractionLog log, Instant reference, Collection<String> alsoCustomers) {
    Interactions m = weights.matrix(log, reference);
    int[] toModel = new int[log.products().size()];
    for (int p = 0; p < toModel.length; p++) {
      toModel[p] = items.indexOf(log.products().idOf(p));
    }
    int customers = log.customers().size();
    long[] pairs = new long[log.size()];
    int n = 0;
    for (int r = 0; r < log.size(); r++) {
      int item = toModel[log.product(r)];
      if (item >= 0 && log.type(r) == EventType.ORDER_COMPLETED) {
        pairs[n++] = ((long) log.customer(r) << 32) | item;
      }
    }
    Arrays.sort(pairs, 0, n);
    int[] start = new int[customers + 1];
    int[] bought = new int[n];
    int m2 = 0;
    for (int k = 0; k < n; k++) {
      if (k == 0 || pairs[k] != pairs[k - 1]) {
        start[(int) (pairs[k] >>> 32) + 1]++;
        bought[m2++] = (int) pairs[k];
      }
    }
    for (int c = 0; c < customers; c++) {
      start[c + 1] += start[c];
    }
    return new Histories(m, toModel, start, Arrays.copyOf(bought, m2), alsoCustomers);
  }
}
