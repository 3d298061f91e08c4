package dev.tailor.bench;

import dev.tailor.reco.als.AlsModel;
import dev.tailor.reco.als.AlsModelData;
import dev.tailor.reco.als.AlsObjective;
import dev.tailor.reco.data.IdIndex;
import dev.tailor.reco.model.UserProfile;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Folding one customer into an ALS model ({@link AlsModel#foldIn}): the exact least-squares solve
 * over a history of {@code products} distinct products with weights in [1, 5), cycling through 512
 * different histories; random product factors, the default objective (λ 0.05 scaled, α 10).
 *
 * <p>Run: {@code java -jar tailor-bench/target/benchmarks.jar FoldIn}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class FoldInBenchmark {
  @Param({"5", "20", "50"})
  int products;

  @Param({"64"})
  int factors;

  @Param({"10000"})
  int items;

  private static final int PROFILES = 512;

  private AlsModel model;
  private UserProfile[] profiles;
  private int next;

  @Setup
  public void setUp() {
    SplittableRandom random = new SplittableRandom(42);
    float[] y = new float[items * factors];
    for (int k = 0; k < y.length; k++) {
      y[k] = (float) random.nextDouble(-0.3, 0.3);
    }
    IdIndex.Builder ids = new IdIndex.Builder();
    ids.add("c0");
    IdIndex.Builder names = new IdIndex.Builder();
    for (int i = 0; i < items; i++) {
      names.add("p" + i);
    }
    model =
        AlsModel.restore(
            new AlsModelData(
                ids.build(),
                names.build(),
                factors,
                new float[factors],
                y,
                new long[1],
                new AlsObjective(0.05, 10, true)));
    profiles = new UserProfile[PROFILES];
    for (int c = 0; c < PROFILES; c++) {
      int[] bought = random.ints(0, items).distinct().limit(products).toArray();
      float[] weights = new float[bought.length];
      for (int k = 0; k < weights.length; k++) {
        weights[k] = (float) random.nextDouble(1, 5);
      }
      profiles[c] = new UserProfile("new" + c, bought, weights);
    }
  }

  @Benchmark
  public float[] foldIn() {
    return model.foldIn(profiles[next++ % PROFILES]);
  }
}
