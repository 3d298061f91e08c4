package dev.tailor.reco.als;

import dev.tailor.core.ErrorCode;
import dev.tailor.core.TailorException;
import dev.tailor.reco.data.Interactions;
import dev.tailor.reco.linalg.Gram;
import dev.tailor.reco.linalg.Workers;
import dev.tailor.reco.model.AlgorithmOptions;
import dev.tailor.reco.model.AlgorithmParams;
import dev.tailor.reco.model.Trainer;
import dev.tailor.reco.model.TrainingData;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Fits an {@link AlsModel} by implicit alternating least squares with conjugate-gradient row
 * solves.
 *
 * <p>Each iteration solves every customer against the fixed product factors, then every product
 * against the fixed customer factors, each row with {@link #cgSteps()} conjugate-gradient steps
 * started from its previous factors. Rows are spread over {@code threads} workers. Product factors
 * start as seeded random unit vectors (normalised Gaussian draws, as Spark MLlib starts), customer
 * factors at zero. A row's solve reads only the other side's factors, which stay fixed during the
 * half-sweep, and the Gram matrix is summed in a fixed order, so the model is the same for any
 * thread count with the same seed.
 *
 * <p>Parameters (from {@link AlgorithmParams}): {@code factors} (rank), {@code iterations}, {@code
 * regularization} (see {@link AlsObjective}), {@code alpha}, {@code threads}, {@code seed}.
 */
public final class AlsTrainer implements Trainer {
  /** The algorithm name. */
  public static final String NAME = "als";

  /** Conjugate-gradient steps per row and half-sweep: 3 reaches exact-solve quality in practice. */
  public static final int DEFAULT_CG_STEPS = 3;

  private static final int INIT_BLOCK = 4096;
  private static final int ROW_CHUNK = 128;

  private final AlgorithmParams params;
  private final AlsObjective objective;
  private final int cgSteps;

  /** Called after each iteration with the current factors (tests and progress reports). */
  interface IterationListener {
    void afterIteration(int iteration, float[] userFactors, float[] itemFactors);
  }

  /** Default conjugate-gradient steps and Spark-compatible scaled regularization. */
  public AlsTrainer(AlgorithmParams params) {
    this(params, DEFAULT_CG_STEPS, true);
  }

  /**
   * @param cgSteps conjugate-gradient steps per row and half-sweep, 1..1024
   * @param scaledRegularization whether a row's penalty grows with its interaction count
   */
  public AlsTrainer(AlgorithmParams params, int cgSteps, boolean scaledRegularization) {
    this.params = params;
    this.objective =
        new AlsObjective(params.regularization(), params.alpha(), scaledRegularization);
    if (cgSteps < 1 || cgSteps > 1024) {
      throw new TailorException(
          ErrorCode.BAD_INPUT, "ALS conjugate-gradient steps must be 1..1024, not " + cgSteps);
    }
    this.cgSteps = cgSteps;
  }

  /**
   * A trainer from the shared parameters and the options {@code als.cg-steps} (conjugate-gradient
   * steps per row and half-sweep, default 3, 1..64) and {@code als.regularization-scaling} ({@code
   * count}, the default: λ × the row's interaction count as in Spark MLlib; {@code none}: λ).
   */
  public static AlsTrainer from(AlgorithmParams params, AlgorithmOptions options) {
    options.requireKnown(NAME, Set.of("cg-steps", "regularization-scaling"));
    int steps = options.integer(NAME, "cg-steps", DEFAULT_CG_STEPS, 1, 64);
    String scaling =
        options.choice(NAME, "regularization-scaling", "count", List.of("count", "none"));
    return new AlsTrainer(params, steps, scaling.equals("count"));
  }

  @Override
  public String algorithm() {
    return NAME;
  }

  public int cgSteps() {
    return cgSteps;
  }

  public AlsObjective objective() {
    return objective;
  }

  @Override
  public AlsModel train(TrainingData data) {
    return fit(data.interactions());
  }

  /** Fits the model on a weighted customer × product matrix. */
  public AlsModel fit(Interactions m) {
    return fit(m, (iteration, users, items) -> {});
  }

  AlsModel fit(Interactions m, IterationListener listener) {
    checkUsable(m);
    int f = params.factors();
    float[] x = new float[m.userCount() * f];
    float[] y = new float[m.itemCount() * f];
    Interactions t = m.transpose();
    try (Workers workers = new Workers(params.threads())) {
      randomize(y, m.itemCount(), workers);
      ConjugateGradient[] solvers = new ConjugateGradient[workers.threads()];
      for (int w = 0; w < solvers.length; w++) {
        solvers[w] = new ConjugateGradient(f, cgSteps, objective);
      }
      for (int it = 1; it <= params.iterations(); it++) {
        halfSweep(m, x, y, workers, solvers);
        halfSweep(t, y, x, workers, solvers);
        listener.afterIteration(it, x, y);
      }
      double[] itemGram = Gram.of(y, m.itemCount(), f, workers);
      return AlsModel.restore(
          new AlsModelData(m.users(), m.items(), f, x, y, HistoryFingerprint.of(m), objective),
          itemGram);
    }
  }

  /** Solves every row of {@code rows} into {@code target}, given the fixed other side. */
  private void halfSweep(
      Interactions rows,
      float[] target,
      float[] fixed,
      Workers workers,
      ConjugateGradient[] solvers) {
    int f = params.factors();
    double[] g = Gram.of(fixed, rows.itemCount(), f, workers);
    float[][] gram = new float[f][f];
    for (int k = 0; k < g.length; k++) {
      gram[k / f][k % f] = (float) g[k];
    }
    workers.forEachChunk(
        rows.userCount(),
        ROW_CHUNK,
        (from, to, w) -> {
          ConjugateGradient cg = solvers[w];
          for (int row = from; row < to; row++) {
            cg.solve(rows, row, target, fixed, gram);
          }
        });
  }

  private void randomize(float[] y, int rows, Workers workers) {
    int f = params.factors();
    int blocks = (rows + INIT_BLOCK - 1) / INIT_BLOCK;
    workers.forEachChunk(
        blocks,
        1,
        (from, to, w) -> {
          for (int b = from; b < to; b++) {
            SplittableRandom random = new SplittableRandom(params.seed() * 0x9E3779B97F4A7C15L + b);
            int end = Math.min(rows, (b + 1) * INIT_BLOCK);
            for (int row = b * INIT_BLOCK; row < end; row++) {
              double norm = 0;
              for (int k = row * f; k < (row + 1) * f; k++) {
                y[k] = (float) random.nextGaussian();
                norm += (double) y[k] * y[k];
              }
              float scale = (float) (1 / Math.sqrt(norm));
              for (int k = row * f; k < (row + 1) * f; k++) {
                y[k] *= scale;
              }
            }
          }
        });
  }

  private static void checkUsable(Interactions m) {
    if (m.nonZeros() == 0) {
      throw new TailorException(
          ErrorCode.BAD_INPUT,
          "als needs at least one interaction to learn from, but the matrix has none ("
              + m.userCount()
              + " customers, "
              + m.itemCount()
              + " products); widen the window or check the event weights");
    }
  }

  /**
   * Nominal floating-point operations of {@link #fit} on {@code m} (multiplies and adds counted
   * apart; an upper bound when conjugate gradient stops early on converged rows).
   */
  public double nominalFlops(Interactions m) {
    int f = params.factors();
    long rows = (long) m.userCount() + m.itemCount();
    double gram = Gram.flops(m.itemCount(), f) + Gram.flops(m.userCount(), f);
    double solves =
        rows * ConjugateGradient.flops(f, cgSteps, 0)
            + 2.0
                * (ConjugateGradient.flops(f, cgSteps, m.nonZeros())
                    - ConjugateGradient.flops(f, cgSteps, 0));
    return params.iterations() * (gram + solves);
  }
}
