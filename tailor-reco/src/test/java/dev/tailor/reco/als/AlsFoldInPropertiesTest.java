package dev.tailor.reco.als;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tailor.reco.linalg.Gram;
import dev.tailor.reco.linalg.Workers;
import dev.tailor.reco.model.UserProfile;
import java.util.SplittableRandom;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

/**
 * The optimized fold-in returns exactly the floats of the textbook algorithm ({@link
 * FoldInReference}) for any factors, profile and objective, including the ridge retries of singular
 * problems.
 */
class AlsFoldInPropertiesTest {
  private static final int[] FACTOR_COUNTS = {1, 3, 8, 64, 100};

  /** How the product factors are drawn. */
  enum Shape {
    /** Uniform in ±scale. */
    DENSE,
    /** Every row a combination of a few directions: Gram singular up to rounding. */
    LOW_RANK,
    /** Some factor columns exactly zero: Gram exactly singular. */
    ZERO_COLUMNS
  }

  /** How the profile weights are drawn. */
  enum Weights {
    ONES,
    UNIFORM,
    TINY,
    HUGE,
    MIXED
  }

  @Property(tries = 400)
  void theFoldInEqualsTheTextbookAlgorithmBitForBit(
      @ForAll long seed,
      @ForAll @IntRange(min = 0, max = 4) int factorChoice,
      @ForAll @IntRange(min = 1, max = 200) int profileSize,
      @ForAll Shape shape,
      @ForAll Weights weights,
      @ForAll boolean repeats,
      @ForAll @IntRange(min = 0, max = 3) int objectiveChoice) {
    int f = FACTOR_COUNTS[factorChoice];
    SplittableRandom random = new SplittableRandom(seed);
    int items = 1 + random.nextInt(300);
    float[] y = factors(random, items, f, shape);
    AlsObjective objective = objective(objectiveChoice);
    UserProfile profile = profile(random, items, profileSize, weights, repeats);

    Result result = compare(y, items, f, objective, profile);

    Statistics.label("retries").collect(result.retries == 0 ? "none" : "some");
    assertThat(result.actualDouble).isEqualTo(result.expectedDouble);
    assertThat(result.actual).isEqualTo(result.expected);
  }

  @Example
  void aSingularProblemTakesTheRidgePathAndStillMatches() {
    int f = 8;
    int items = 5;
    SplittableRandom random = new SplittableRandom(3);
    float[] y = factors(random, items, f, Shape.ZERO_COLUMNS);
    UserProfile profile = new UserProfile("c", new int[] {0, 2, 4}, new float[] {1f, 2.5f, 0.25f});

    Result result = compare(y, items, f, new AlsObjective(0, 10, true), profile);

    assertThat(result.retries).isPositive();
    assertThat(result.actualDouble).isEqualTo(result.expectedDouble);
    assertThat(result.actual).isEqualTo(result.expected);
  }

  @Example
  void aRegularizedProblemOfEveryFactorCountMatches() {
    for (int f : FACTOR_COUNTS) {
      SplittableRandom random = new SplittableRandom(f);
      int items = 500;
      float[] y = factors(random, items, f, Shape.DENSE);
      UserProfile profile = profile(random, items, 50, Weights.UNIFORM, false);

      Result result = compare(y, items, f, new AlsObjective(0.05, 10, true), profile);

      assertThat(result.retries).isZero();
      assertThat(result.actualDouble).isEqualTo(result.expectedDouble);
      assertThat(result.actual).isEqualTo(result.expected);
    }
  }

  /** Raw bits of the solutions: double before rounding, and the floats returned. */
  private record Result(
      long[] expectedDouble, long[] actualDouble, int[] expected, int[] actual, int retries) {}

  private static Result compare(
      float[] y, int items, int f, AlsObjective objective, UserProfile profile) {
    double[] gram;
    try (Workers workers = new Workers(1)) {
      gram = Gram.of(y, items, f, workers);
    }
    FoldInReference reference = new FoldInReference(gram.clone(), y, f, objective);
    AlsFoldIn foldIn = new AlsFoldIn(gram, y, items, f, objective);
    double[] exact = reference.solve(profile);
    float[] rounded = new float[f];
    for (int i = 0; i < f; i++) {
      rounded[i] = (float) exact[i];
    }
    long[] actualDouble = bits(foldIn.solveInDouble(profile));
    // again on the same thread: the reused work arrays must not leak into the next solve
    int[] actual = bits(foldIn.solve(profile));
    return new Result(bits(exact), actualDouble, bits(rounded), actual, reference.retries);
  }

  private static int[] bits(float[] x) {
    int[] bits = new int[x.length];
    for (int i = 0; i < x.length; i++) {
      bits[i] = Float.floatToIntBits(x[i]);
    }
    return bits;
  }

  private static long[] bits(double[] x) {
    long[] bits = new long[x.length];
    for (int i = 0; i < x.length; i++) {
      bits[i] = Double.doubleToLongBits(x[i]);
    }
    return bits;
  }

  private static AlsObjective objective(int choice) {
    return switch (choice) {
      case 0 -> new AlsObjective(0.05, 10, true);
      case 1 -> new AlsObjective(0.1, 1, false);
      case 2 -> new AlsObjective(0, 40, true);
      default -> new AlsObjective(1e-6, 0, false);
    };
  }

  private static float[] factors(SplittableRandom random, int items, int f, Shape shape) {
    double scale = Math.pow(10, random.nextInt(-3, 3));
    float[] y = new float[items * f];
    switch (shape) {
      case DENSE -> {
        for (int k = 0; k < y.length; k++) {
          y[k] = (float) (scale * random.nextDouble(-1, 1));
        }
      }
      case LOW_RANK -> {
        int rank = 1 + random.nextInt(Math.max(1, f / 2));
        double[] basis = new double[rank * f];
        for (int k = 0; k < basis.length; k++) {
          basis[k] = random.nextDouble(-1, 1);
        }
        for (int i = 0; i < items; i++) {
          for (int r = 0; r < rank; r++) {
            double c = scale * random.nextDouble(-1, 1);
            for (int j = 0; j < f; j++) {
              y[i * f + j] += (float) (c * basis[r * f + j]);
            }
          }
        }
      }
      case ZERO_COLUMNS -> {
        for (int i = 0; i < items; i++) {
          for (int j = 0; j < f; j++) {
            y[i * f + j] = j % 3 == 1 ? 0f : (float) (scale * random.nextDouble(-1, 1));
          }
        }
      }
    }
    return y;
  }

  private static UserProfile profile(
      SplittableRandom random, int items, int size, Weights weights, boolean repeats) {
    int[] idx = new int[size];
    float[] w = new float[size];
    for (int k = 0; k < size; k++) {
      idx[k] =
          repeats && k > 0 && random.nextBoolean() ? idx[random.nextInt(k)] : random.nextInt(items);
      w[k] =
          switch (weights) {
            case ONES -> 1f;
            case UNIFORM -> (float) random.nextDouble(0.01, 5);
            case TINY -> (float) Math.max(Float.MIN_VALUE, random.nextDouble(1e-30, 1e-20));
            case HUGE -> (float) random.nextDouble(1e20, 1e30);
            case MIXED -> random.nextBoolean() ? Float.MIN_VALUE : Float.MAX_VALUE;
          };
    }
    return new UserProfile("c", idx, w);
  }
}
