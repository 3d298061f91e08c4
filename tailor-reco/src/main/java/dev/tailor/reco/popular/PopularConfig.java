package dev.tailor.reco.popular;

import dev.tailor.reco.model.AlgorithmOptions;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * How {@code popular} counts.
 *
 * @param basis {@code popular.basis}: {@link Basis#PURCHASES} (default) or {@link Basis#EVENTS}
 */
public record PopularConfig(Basis basis) {
  public static final String ALGORITHM = "popular";
  public static final PopularConfig DEFAULTS = new PopularConfig(Basis.PURCHASES);

  /** What makes a product popular. */
  public enum Basis {
    /**
     * Distinct buyers in the window (each customer counts once per product, so bulk and repeat
     * buyers do not dominate); ties broken by weighted events. Falls back to {@link #EVENTS} when
     * the data holds no purchase.
     */
    PURCHASES,
    /** The sum of the weighted, time-decayed interactions of the window. */
    EVENTS
  }

  public PopularConfig {
    Objects.requireNonNull(basis, "basis");
  }

  /** Reads {@code popular.basis} ({@code purchases} | {@code events}). */
  public static PopularConfig from(AlgorithmOptions options) {
    options.requireKnown(ALGORITHM, Set.of("basis"));
    String basis = options.choice(ALGORITHM, "basis", "purchases", List.of("purchases", "events"));
    return new PopularConfig(basis.equals("events") ? Basis.EVENTS : Basis.PURCHASES);
  }
}
