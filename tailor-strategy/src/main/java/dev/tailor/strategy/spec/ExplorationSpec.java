package dev.tailor.strategy.spec;

import java.util.Objects;

/**
 * How much a slot explores.
 *
 * @param rate the probability, per position, of exploring instead of taking the best item, 0..1
 * @param method how an exploring position picks its item
 * @param pool how many of the best remaining candidates an exploring position picks among
 */
public record ExplorationSpec(double rate, Method method, int pool) {
  public static final ExplorationSpec NONE = new ExplorationSpec(0, Method.EPSILON_GREEDY, 20);

  /** How an exploring position picks. */
  public enum Method {
    /** Uniformly among the pool. */
    EPSILON_GREEDY,
    /** The pool item with the highest draw from Beta(1 + clicks, 1 + shows − clicks). */
    THOMPSON
  }

  public ExplorationSpec {
    Objects.requireNonNull(method, "method");
    if (!(rate >= 0 && rate <= 1) || pool < 1) {
      throw new IllegalArgumentException("rate in 0..1, pool >= 1");
    }
  }
}
