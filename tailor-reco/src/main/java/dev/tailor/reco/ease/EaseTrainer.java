package dev.tailor.reco.ease;

import dev.tailor.core.ErrorCode;
import dev.tailor.core.TailorException;
import dev.tailor.reco.data.Interactions;
import dev.tailor.reco.linalg.SpdInverse;
import dev.tailor.reco.linalg.Workers;
import dev.tailor.reco.model.AlgorithmOptions;
import dev.tailor.reco.model.AlgorithmParams;
import dev.tailor.reco.model.Trainer;
import dev.tailor.reco.model.TrainingData;
import java.util.Locale;
import java.util.Set;

/**
 * Fits an {@link EaseModel}: the Gram matrix {@code G = XᵀX + λI} of the weighted customer ×
 * product matrix in double precision (one row per product, rows spread over the workers), its
 * inverse {@code P} by blocked Cholesky ({@link SpdInverse}), then {@code B_ij = −P_ij / P_jj} with
 * {@code B_jj = 0}, kept in float.
 *
 * <p>Memory: the double matrix takes {@code 8 × products²} bytes at its peak (3.2 GB for 20,000
 * products), then is converted row by row into the model's {@code 4 × products²} bytes. Catalogs
 * above {@link #DEFAULT_MAX_ITEMS} products, or whose matrix does not fit the heap, are refused
 * with a {@link TailorException} (BAD_INPUT) that says how much memory is needed. Time: {@code
 * products³ / 2} multiply-adds for the inverse.
 */
public final class EaseTrainer implements Trainer {
  public static final String NAME = "ease";

  /** L2 weight λ added to the Gram diagonal; in units of squared interaction weight. */
  public static final double DEFAULT_REGULARIZATION = 500;

  /** The largest catalog accepted unless configured otherwise. */
  public static final int DEFAULT_MAX_ITEMS = 20_000;

  private static final int ROW_CHUNK = 16;

  private final double regularization;
  private final int threads;
  private final int maxItems;
  private final long heapBudget;

  /**
   * @param regularization λ, > 0 (typically 10..1000; grows with the data)
   * @param threads worker threads, ≥ 1
   */
  public EaseTrainer(double regularization, int threads) {
    this(regularization, threads, DEFAULT_MAX_ITEMS, -1);
  }

  private EaseTrainer(double regularization, int threads, int maxItems, long heapBudget) {
    if (!(regularization > 0) || Double.isInfinite(regularization)) {
      throw new TailorException(
          ErrorCode.BAD_INPUT,
          "ease needs --regularization > 0 (typically 10..1000), not " + regularization);
    }
    if (threads < 1) {
      throw new TailorException(ErrorCode.BAD_INPUT, "--threads must be ≥ 1, not " + threads);
    }
    this.regularization = regularization;
    this.threads = threads;
    this.maxItems = maxItems;
    this.heapBudget = heapBudget;
  }

  /**
   * A trainer from the shared parameters and the option {@code ease.max-items} (default {@link
   * #DEFAULT_MAX_ITEMS}, 1..100,000). λ is {@code --regularization}, except that the shared default
   * ({@link AlgorithmParams#DEFAULTS}, 0.05, chosen for ALS) stands for EASE's own {@link
   * #DEFAULT_REGULARIZATION}: EASE's λ is in squared interaction weights, typically 10..1000.
   */
  public static EaseTrainer from(AlgorithmParams params, AlgorithmOptions options) {
    options.requireKnown(NAME, Set.of("max-items"));
    int maxItems = options.integer(NAME, "max-items", DEFAULT_MAX_ITEMS, 1, 100_000);
    double lambda =
        params.regularization() == AlgorithmParams.DEFAULTS.regularization()
            ? DEFAULT_REGULARIZATION
            : params.regularization();
    return new EaseTrainer(lambda, params.threads()).withLimits(maxItems, -1);
  }

  /**
   * The same trainer with another catalog limit and, when {@code heapBytes ≥ 0}, a fixed memory
   * budget instead of the JVM's free heap.
   */
  public EaseTrainer withLimits(int maxItems, long heapBytes) {
    return new EaseTrainer(regularization, threads, maxItems, heapBytes);
  }

  @Override
  public String algorithm() {
    return NAME;
  }

  public double regularization() {
    return regularization;
  }

  @Override
  public EaseModel train(TrainingData data) {
    return fit(data.interactions());
  }

  /** Fits the model on a weighted customer × product matrix. */
  public EaseModel fit(Interactions m) {
    if (m.nonZeros() == 0) {
      throw new TailorException(
          ErrorCode.BAD_INPUT,
          "ease needs at least one interaction to learn from, but the matrix has none ("
              + m.userCount()
              + " customers, "
              + m.itemCount()
              + " products)");
    }
    int n = m.itemCount();
    checkFits(n);
    try (Workers workers = new Workers(threads)) {
      double[][] g;
      try {
        g = new double[n][n];
      } catch (OutOfMemoryError e) {
        throw tooBig(n, "the heap ran out while allocating it");
      }
      gram(m, g, workers);
      if (!SpdInverse.invertLower(g, workers)) {
        throw new TailorException(
            ErrorCode.BAD_INPUT,
            "ease: XᵀX + λI is not positive definite with λ = "
                + regularization
                + "; raise --regularization");
      }
      SpdInverse.mirrorLower(g, workers);
      return new EaseModel(m.items(), weights(g, workers));
    }
  }

  /** Lower triangle of {@code XᵀX + λI}, row i summed over the customers of product i. */
  private void gram(Interactions m, double[][] g, Workers workers) {
    Interactions t = m.transpose();
    workers.forEachChunk(
        m.itemCount(),
        ROW_CHUNK,
        (from, to, w) -> {
          for (int i = from; i < to; i++) {
            double[] row = g[i];
            for (int e = t.rowStart(i); e < t.rowEnd(i); e++) {
              int u = t.col(e);
              double wi = t.value(e);
              for (int k = m.rowStart(u); k < m.rowEnd(u) && m.col(k) <= i; k++) {
                row[m.col(k)] += wi * m.value(k);
              }
            }
            row[i] += regularization;
          }
        });
  }

  /** {@code B_ij = −P_ij / P_jj}, zero diagonal; frees each double row once converted. */
  private static float[][] weights(double[][] p, Workers workers) {
    int n = p.length;
    double[] diag = new double[n];
    for (int j = 0; j < n; j++) {
      diag[j] = p[j][j];
    }
    float[][] b = new float[n][];
    workers.forEachChunk(
        n,
        ROW_CHUNK,
        (from, to, w) -> {
          for (int i = from; i < to; i++) {
            double[] pi = p[i];
            float[] bi = new float[n];
            for (int j = 0; j < n; j++) {
              bi[j] = (float) (-pi[j] / diag[j]);
            }
            bi[i] = 0;
            b[i] = bi;
            p[i] = null;
          }
        });
    return b;
  }

  /** Bytes at the peak of training: the double-precision matrix and the workers' buffers. */
  static long bytesNeeded(int n) {
    return 8L * n * n + 8L * n * 2 * 64 + 16L * n;
  }

  private void checkFits(int n) {
    if (n > maxItems) {
      throw tooBig(n, "above the limit of " + maxItems + " products");
    }
    long need = bytesNeeded(n);
    if (need > available(false) && need > available(true)) {
      throw tooBig(n, "only " + gigabytes(available(false)) + " of heap is free");
    }
  }

  private long available(boolean afterGc) {
    if (heapBudget >= 0) {
      return heapBudget;
    }
    Runtime rt = Runtime.getRuntime();
    if (afterGc) {
      System.gc();
    }
    return rt.maxMemory() - (rt.totalMemory() - rt.freeMemory());
  }

  private static TailorException tooBig(int n, String why) {
    return new TailorException(
        ErrorCode.BAD_INPUT,
        String.format(
            Locale.ROOT,
            "ease over %,d products needs about %s of heap (8 bytes × products² for the"
                + " double-precision Gram matrix and its inverse), %s; use --algorithm als or"
                + " itemknn for this catalog, or give the JVM more memory (-Xmx)",
            n,
            gigabytes(bytesNeeded(n)),
            why));
  }

  private static String gigabytes(long bytes) {
    return bytes >= 1L << 30
        ? String.format(Locale.ROOT, "%.1f GB", bytes / (double) (1L << 30))
        : String.format(Locale.ROOT, "%.1f MB", bytes / (double) (1L << 20));
  }
}
