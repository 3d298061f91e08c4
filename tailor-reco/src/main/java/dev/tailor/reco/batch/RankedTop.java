package dev.tailor.reco.batch;

/**
 * The first products of one customer's ranking ({@link ScoreOrder}: best score first, ties to the
 * lower index) with their scores, bit for bit what scoring that customer alone gives. Immutable.
 */
public final class RankedTop {
  private final long[] keys;
  private final int products;

  /** From keys in ascending order; {@code products} is how many products the model ranks. */
  RankedTop(long[] keys, int products) {
    this.keys = keys;
    this.products = products;
  }

  /** How many products the list holds. */
  public int size() {
    return keys.length;
  }

  /** The product index at rank {@code r} (from 0). */
  public int item(int r) {
    return ScoreOrder.item(keys[r]);
  }

  /** The score at rank {@code r} (from 0). */
  public float score(int r) {
    return ScoreOrder.score(keys[r]);
  }

  /** True when the list holds every product of the model (nothing left to rank). */
  public boolean complete() {
    return keys.length == products;
  }
}
