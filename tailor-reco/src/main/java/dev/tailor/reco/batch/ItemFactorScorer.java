package dev.tailor.reco.batch;

/**
 * Scores products for a customer as dot products of factor vectors, {@code score_j = x · y_j}.
 *
 * <p>It keeps the product factors transposed, one array per factor ({@code f × items}), so that a
 * customer's scores over a run of products are a sum of {@code f} scaled array slices: element-wise
 * loops the JIT turns into vector instructions, four factors per pass. Every path (one customer,
 * batch tiles of any size) adds the same terms in the same order, so scores are bit-for-bit equal
 * whichever path computed them. Immutable and thread-safe.
 */
public final class ItemFactorScorer {
  private final float[][] byFactor;
  private final int items;
  private final int factors;

  /** From row-major {@code items × factors} product factors (copied). */
  public ItemFactorScorer(float[] itemFactors, int items, int factors) {
    if (factors < 1 || itemFactors.length != (long) items * factors) {
      throw new IllegalArgumentException(
          "expected " + items + " × " + factors + " product factors, got " + itemFactors.length);
    }
    this.items = items;
    this.factors = factors;
    this.byFactor = new float[factors][items];
    for (int j = 0; j < items; j++) {
      for (int k = 0; k < factors; k++) {
        byFactor[k][j] = itemFactors[j * factors + k];
      }
    }
  }

  public int items() {
    return items;
  }

  public int factors() {
    return factors;
  }

  /** {@code scores[j] = x[xo .. xo+f) · y_j} for every product {@code j}. */
  public void score(float[] x, int xo, float[] scores) {
    if (scores.length < items) {
      throw new IllegalArgumentException("scores must hold " + items + " products");
    }
    scoreRange(x, xo, 0, items, scores);
  }

  /**
   * {@code out[j] = x[xo .. xo+f) · y_j} for the products {@code j ∈ [from, to)} only (the same
   * floats as {@link #score} gives them); {@code out} is indexed by product.
   */
  public void score(float[] x, int xo, int from, int to, float[] out) {
    if (from < 0 || to > items || from > to || out.length < to) {
      throw new IllegalArgumentException(
          "products [" + from + ", " + to + ") of " + items + ", scores of " + out.length);
    }
    scoreRange(x, xo, from, to, out);
  }

  /** Multiply-adds of scoring one customer against every product. */
  public long multiplyAddsPerCustomer() {
    return (long) items * factors;
  }

  /**
   * {@code out[j] = x · y_j} for products {@code j ∈ [from, to)}; {@code out} is indexed by
   * product. Every array in the inner loops is read at the same index {@code j}: the JIT (as of
   * Java 17) vectorizes such loops but not ones mixing differently offset indexes.
   */
  void scoreRange(float[] x, int xo, int from, int to, float[] out) {
    int k;
    if (factors >= 4) {
      set4(x, xo, from, to, out);
      k = 4;
    } else {
      set1(x[xo], byFactor[0], from, to, out);
      k = 1;
    }
    for (; k + 3 < factors; k += 4) {
      add4(x, xo + k, k, from, to, out);
    }
    for (; k < factors; k++) {
      add1(x[xo + k], byFactor[k], from, to, out);
    }
  }

  private void set4(float[] x, int xo, int from, int to, float[] out) {
    float x0 = x[xo];
    float x1 = x[xo + 1];
    float x2 = x[xo + 2];
    float x3 = x[xo + 3];
    float[] y0 = byFactor[0];
    float[] y1 = byFactor[1];
    float[] y2 = byFactor[2];
    float[] y3 = byFactor[3];
    for (int j = from; j < to; j++) {
      out[j] = x0 * y0[j] + x1 * y1[j] + x2 * y2[j] + x3 * y3[j];
    }
  }

  private void add4(float[] x, int xo, int k, int from, int to, float[] out) {
    float x0 = x[xo];
    float x1 = x[xo + 1];
    float x2 = x[xo + 2];
    float x3 = x[xo + 3];
    float[] y0 = byFactor[k];
    float[] y1 = byFactor[k + 1];
    float[] y2 = byFactor[k + 2];
    float[] y3 = byFactor[k + 3];
    for (int j = from; j < to; j++) {
      out[j] += x0 * y0[j] + x1 * y1[j] + x2 * y2[j] + x3 * y3[j];
    }
  }

  private static void set1(float x0, float[] y0, int from, int to, float[] out) {
    for (int j = from; j < to; j++) {
      out[j] = x0 * y0[j];
    }
  }

  private static void add1(float x0, float[] y0, int from, int to, float[] out) {
    for (int j = from; j < to; j++) {
      out[j] += x0 * y0[j];
    }
  }
}
