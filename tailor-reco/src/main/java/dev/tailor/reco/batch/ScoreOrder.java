package dev.tailor.reco.batch;

/**
 * The ranking order of scored products as one {@code long} per product: ascending keys are
 * descending scores, ties to the lower product index. Scores compare by their bits ({@code -0.0}
 * after {@code 0.0}, NaN first), so every ranking built on these keys agrees on every input.
 */
public final class ScoreOrder {
  private ScoreOrder() {}

  /** The key of {@code item} with {@code score}: the flipped float bits above the index. */
  public static long key(float score, int item) {
    int bits = Float.floatToIntBits(score);
    int sortable = bits ^ ((bits >> 31) & 0x7fffffff);
    return ((long) ~sortable << 32) | item;
  }

  /** The product index of a key. */
  public static int item(long key) {
    return (int) key;
  }

  /** The score of a key, bit for bit. */
  public static float score(long key) {
    int sortable = ~(int) (key >>> 32);
    return Float.intBitsToFloat(sortable ^ ((sortable >> 31) & 0x7fffffff));
  }
}
