package dev.tailor.insights.engagement;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A hit and the machine signals found on it.
 *
 * @param hit the open or click
 * @param signals why it looks like a machine; empty for a human
 */
public record ClassifiedHit(EmailHit hit, Set<MachineSignal> signals) {
  public ClassifiedHit {
    Objects.requireNonNull(hit, "hit");
    signals = signals.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(signals));
  }

  /** True when no machine signal was found. */
  public boolean human() {
    return signals.isEmpty();
  }
}
