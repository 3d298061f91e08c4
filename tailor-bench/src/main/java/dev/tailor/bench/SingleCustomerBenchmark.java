package dev.tailor.bench;

import dev.tailor.reco.als.AlsModel;
import dev.tailor.reco.als.AlsModelData;
import dev.tailor.reco.als.AlsObjective;
import dev.tailor.reco.data.IdIndex;
import dev.tailor.reco.model.TopN;
import dev.tailor.reco.model.UserProfile;
import java.util.BitSet;
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
 * One customer's top 10 from a loaded ALS model (random factors): score every product, drop the
 * customer's 20 purchases, select. {@code trained}: the profile is the training history, so the
 * stored factors are used; {@code foldIn}: an unknown customer with the same history is solved
 * first. Sample-time mode reports percentiles (p0.99 is the p99 latency).
 *
 * <p>Run: {@code java -jar tailor-bench/target/benchmarks.jar SingleCustomer}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SingleCustomerBenchmark {
  @Param({"10000"})
  int items;

  @Param({"64"})
  int factors;

  private static final int CUSTOMERS = 1000;
  private static final int HISTORY = 20;

  private AlsModel model;
  private UserProfile[] known;
  private UserProfile[] unknown;
  private float[] scores;
  private int next;

  @Setup
  public void setUp() {
    SplittableRandom random = new SplittableRandom(42);
    float[] x = new float[CUSTOMERS * factors];
    float[] y = new float[items * factors];
    for (int k = 0; k < x.length; k++) {
      x[k] = (float) random.nextDouble(-0.3, 0.3);
    }
    for (int k = 0; k < y.length; k++) {
      y[k] = (float) random.nextDouble(-0.3, 0.3);
    }
    known = new UserProfile[CUSTOMERS];
    unknown = new UserProfile[CUSTOMERS];
    long[] fingerprints = new long[CUSTOMERS];
    IdIndex.Builder ids = new IdIndex.Builder();
    for (int c = 0; c < CUSTOMERS; c++) {
      int[] bought = random.ints(HISTORY, 0, items).distinct().sorted().toArray();
      float[] weights = new float[bought.length];
      java.util.Arrays.fill(weights, 1f);
      known[c] = new UserProfile("c" + c, bought, weights);
      unknown[c] = new UserProfile("new" + c, bought, weights);
      fingerprints[c] = AlsModelData.fingerprint(bought, weights);
      ids.add("c" + c);
    }
    IdIndex.Builder products = new IdIndex.Builder();
    for (int i = 0; i < items; i++) {
      products.add("p" + i);
    }
    model =
        AlsModel.restore(
            new AlsModelData(
                ids.build(),
                products.build(),
                factors,
                x,
                y,
                fingerprints,
                new AlsObjective(0.05, 10, true)));
    scores = new float[items];
  }

  @Benchmark
  public int[] trained() {
    return top(known[next++ % CUSTOMERS]);
  }

  @Benchmark
  public int[] foldIn() {
    return top(unknown[next++ % CUSTOMERS]);
  }

  private int[] top(UserProfile p) {
    BitSet own = new BitSet(items);
    for (int i : p.items()) {
      own.set(i);
    }
    model.score(p, scores);
    return TopN.select(scores, 10, own);
  }
}
