package dev.tailor.strategy.spec;

/**
 * Maximal marginal relevance within a slot and a similarity ceiling across the decision.
 *
 * @param lambda weight of relevance against novelty, 0..1 (1: relevance only)
 * @param threshold an item at least this similar (0..1) to one already chosen is skipped; 1 turns
 *     the ceiling off for anything but identical-looking items
 */
public record DiversitySpec(double lambda, double threshold) {
  public static final DiversitySpec DEFAULT = new DiversitySpec(0.7, 0.9);

  public DiversitySpec {
    if (!(lambda >= 0 && lambda <= 1) || !(threshold > 0 && threshold <= 1)) {
      throw new IllegalArgumentException("lambda in 0..1, threshold in (0, 1]");
    }
  }
}
