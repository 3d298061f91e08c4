package dev.tailor.reco.als;

import dev.tailor.reco.linalg.DenseCholesky;
import dev.tailor.reco.model.UserProfile;

/**
 * The fold-in as first written (row-major, textbook loops), kept as the reference the optimized
 * {@link AlsFoldIn} must match bit for bit, on the row-major {@link DenseCholesky#factor} and
 * {@link DenseCholesky#solve} it was written with. Do not optimize this copy.
 */
final class FoldInReference {
  private final double[] itemGram;
  private final float[] itemFactors;
  private final int f;
  private final AlsObjective objective;

  /** How many failed factorizations the last {@link #solve} went through. */
  int retries;

  FoldInReference(double[] itemGram, float[] itemFactors, int f, AlsObjective objective) {
    this.itemGram = itemGram;
    this.itemFactors = itemFactors;
    this.f = f;
    this.objective = objective;
  }

  /** The solution in double precision, before the fold-in rounds it to float. */
  double[] solve(UserProfile profile) {
    int[] idx = profile.items();
    float[] w = profile.weights();
    retries = 0;
    double[] zero = new double[f];
    if (idx.length == 0) {
      return zero;
    }
    double[] a = itemGram.clone();
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
      double[] l = a.clone();
      for (int i = 0; i < f; i++) {
        l[i * f + i] += ridge;
      }
      if (DenseCholesky.factor(l, f)) {
        DenseCholesky.solve(l, f, b);
        break;
      }
      retries++;
      double trace = 0;
      for (int i = 0; i < f; i++) {
        trace += a[i * f + i];
      }
      ridge = Math.max(ridge * 10, 1e-9 * (1 + trace / f));
      if (attempt > 12) {
        return zero;
      }
    }
    return b;
  }
}
