package dev.tailor.strategy.source;

import java.util.Objects;
import java.util.Optional;

/**
 * A source's candidates for one customer, best first, or why it has none.
 *
 * @param candidates best first, computed lazily
 * @param emptyReason why the source has nothing for this customer ({@code no_history}, {@code
 *     no_seed}, {@code no_preferred_category}), when it has nothing
 */
public record Proposal(Cursor candidates, Optional<String> emptyReason) {
  public Proposal {
    Objects.requireNonNull(candidates, "candidates");
    Objects.requireNonNull(emptyReason, "emptyReason");
  }

  static Proposal none(String reason) {
    return new Proposal(Cursor.empty(), Optional.of(reason));
  }
}
