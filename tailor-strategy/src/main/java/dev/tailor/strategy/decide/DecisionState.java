package dev.tailor.strategy.decide;

import dev.tailor.core.catalog.Product;
import dev.tailor.strategy.source.Shopper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What one decision has chosen so far, shared by its slots (dedup and the similarity ceiling). */
final class DecisionState {
  final Shopper shopper;
  final Map<String, Instant> shown;
  final Instant now;
  final Set<String> used = new HashSet<>();
  final List<Product> chosen = new ArrayList<>();

  /**
   * Fallback pools already read in this decision: slots with the same rules share a fallback's pool
   * instead of reading the same ranking again; {@code chosenAt} is how many items were chosen when
   * it was read (later ones are checked when it is used).
   */
  final Map<Object, Pooled> pools = new HashMap<>();

  record Pooled(
      List<Scored> pool,
      Map<dev.tailor.strategy.rules.Rejection, Integer> rejected,
      int chosenAt) {}

  DecisionState(Shopper shopper, Map<String, Instant> shown, Instant now) {
    this.shopper = shopper;
    this.shown = shown;
    this.now = now;
  }
}
