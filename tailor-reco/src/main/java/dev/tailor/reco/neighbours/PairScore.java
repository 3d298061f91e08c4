package dev.tailor.reco.neighbours;

/** Turns the co-occurrence statistics of an item pair into a similarity. */
@FunctionalInterface
public interface PairScore {
  /**
   * The similarity of items {@code i} and {@code j}, given the sum over shared rows of the product
   * of their values ({@code dot}) and the number of shared rows ({@code count} ≥ 1). Values that
   * are not positive (or NaN) drop the pair.
   */
  float score(int i, int j, double dot, int count);
}
