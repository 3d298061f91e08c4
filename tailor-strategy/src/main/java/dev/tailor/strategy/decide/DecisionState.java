package dev.tailor.strategy.decide;

import dev.tailor.strategy.rules.Marks;
import dev.tailor.strategy.source.Shopper;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What one decision has chosen so far, shared by its slots (dedup and the similarity ceiling). */
final class DecisionState {
  final Shopper shopper;
  final Marks marks;
  final Map<String, Instant> shown;
  final Instant now;

  /** The items chosen so far, in order, as item numbers: {@code chosen[0..chosenCount)}. */
  int[] chosen = new int[32];

  int chosenCount;

  /**
   * Fallback pools already read in this decision: slots with the same rules share a fallback's pool
   * instead of reading the same ranking again; {@code chosenAt} is how many items were chosen when
   * it was read (later ones are checked when it is used).
   */
  final Map<Integer, Pooled> pools = new HashMap<>();

  record Pooled(List<Scored> pool, int[] rejected, int chosenAt) {}

  DecisionState(Shopper shopper, Map<String, Instant> shown, Instant now) {
    this.shopper = shopper;
    this.marks = shopper.marks();
    this.shown = shown;
    this.now = now;
  }

  void choose(int item) {
    if (chosenCount == chosen.length) {
      chosen = Arrays.copyOf(chosen, 2 * chosenCount);
    }
    chosen[chosenCount++] = item;
    marks.use(item);
  }
}
