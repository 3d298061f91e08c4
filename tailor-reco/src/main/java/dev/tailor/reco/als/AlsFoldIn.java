package dev.tailor.reco.als;

import dev.tailor.core.ErrorCode;
import dev.tailor.core.TailorException;
import dev.tailor.reco.linalg.DenseCholesky;
import dev.tailor.reco.model.UserProfile;

/**
 * Solves one customer's least-squares problem exactly against fixed product factors: builds {@code
 * YᵀY + Σ (c_i − 1) y_i y_iᵀ + λ I} and {@code Σ c_i y_i} over the profile's products in double
 * precision and solves by Cholesky. Costs {@code nnz × f² + f³/3} multiply-adds (about 0.1 ms for
 * 50 products at 64 factors). Thread-safe: allocates its work arrays per call.
 */
final class AlsFoldIn {
  private final double[] itemGram;
  private final float[] itemFactors;
  private final int items;
  private final int f;
  private final AlsObjective objective;

  /** Per thread: the customer's matrix and its factor, reused across solves (no 2 f² per solve). */
  private final ThreadLocal<double[][]> scratch =
      ThreadLocal.withInitial(
          () -> new double[][] {new double[itemGram().length], new double[itemGram().length]});

  AlsFoldIn(double[] itemGram, float[] itemFactors, int items, int f, AlsObjective objective) {
    this.itemGram = itemGram;
    this.itemFactors = itemFactors;
    this.items = items;
    this.f = f;
    this.objective = objective;
  }

  private double[] itemGram() {
    return itemGram;
  }

  /** The customer factors that best explain {@code profile}; zero for an empty profile. */
  float[] solve(UserProfile profile) {
    int[] idx = profile.items();
    float[] w = profile.weights();
    check(profile);
    float[] x = new float[f];
    if (idx.length == 0) {
      return x;
    }
    double[][] work = scratch.get();
    double[] a = work[0];
    System.arraycopy(itemGram, 0, a, 0, itemGram.length);
    double[] b = new double[f];
    double lambda = objective.lambda(idx.length);
    for (int k = 0; k < idx.length; k++) {
      int yo = idx[k] * f;
      double c1 = objective.alpha() * w[k];
      for (int i = 0; i < f; i++) {
        double yi = itemFactors[yo + i];
        b[i] += (1 + c1) * yi;
        double s = c1 * yi;
        for (int j = 0; j <= i; j++) {
          a[i * f + j] += s * itemFactors[yo + j];
        }
      }
    }
    double ridge = lambda;
    for (int attempt = 0; ; attempt++) {
      double[] l = work[1];
      System.arraycopy(a, 0, l, 0, a.length);
      for (int i = 0; i < f; i++) {
        l[i * f + i] += ridge;
      }
      if (DenseCholesky.factor(l, f)) {
        DenseCholesky.solve(l, f, b);
        break;
      }
      // Singular without regularization (fewer independent products than factors): add a tiny
      // ridge relative to the matrix scale, which picks the minimum-norm-like solution.
      ridge = Math.max(ridge * 10, 1e-9 * (1 + trace(a) / f));
      if (attempt > 12) {
        return x;
      }
    }
    for (int i = 0; i < f; i++) {
      x[i] = (float) b[i];
    }
    return x;
  }

  private double trace(double[] a) {
    double t = 0;
    for (int i = 0; i < f; i++) {
      t += a[i * f + i];
    }
    return t;
  }

  private void check(UserProfile profile) {
    int[] idx = profile.items();
    float[] w = profile.weights();
    for (int k = 0; k < idx.length; k++) {
      if (idx[k] < 0 || idx[k] >= items) {
        throw new TailorException(
            ErrorCode.BAD_INPUT,
            "profile of customer '"
                + profile.customerId()
                + "' names product index "
                + idx[k]
                + ", outside the model's "
                + items
                + " products");
      }
      if (!(w[k] > 0) || Float.isInfinite(w[k])) {
        throw new TailorException(
            ErrorCode.BAD_INPUT,
            "profile of customer '"
                + profile.customerId()
                + "': the weight of product index "
                + idx[k]
                + " is "
                + w[k]
                + "; weights must be finite and > 0");
      }
    }
  }
}
