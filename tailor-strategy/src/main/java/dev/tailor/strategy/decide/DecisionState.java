package dev.tailor.strategy.decide;

import dev.tailor.core.catalog.Product;
import dev.tailor.strategy.source.Shopper;
import java.time.Instant;
import java.util.ArrayList;
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

  DecisionState(Shopper shopper, Map<String, Instant> shown, Instant now) {
    this.shopper = shopper;
    this.shown = shown;
    this.now = now;
  }
}
