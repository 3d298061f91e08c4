package dev.tailor.bench;

import dev.tailor.reco.als.AlsModel;
import dev.tailor.reco.als.AlsModelData;
import dev.tailor.reco.als.AlsObjective;
import dev.tailor.reco.batch.BatchTopN;
import dev.tailor.reco.batch.Exclusions;
import dev.tailor.reco.batch.ItemFactorScorer;
import dev.tailor.reco.batch.TopNSink;
import dev.tailor.reco.data.IdIndex;
import dev.tailor.reco.model.TopN;
import dev.tailor.reco.model.UserProfile;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.LongAdder;

/**
 * The bulk "recommend for everyone" path and single-customer latency on an ALS model with random
 * factors (scoring speed does not depend on what the factors mean).
 *
 * <p>Usage: {@code RecommendAllBench [--customers 1000000] [--items 10000] [--factors 64] [--n 10]
 * [--excluded 20] [--threads 2] [--runs 3] [--samples 20000] [--seed 42]}. Each customer excludes
 * about {@code excluded} random products (their purchases). Prints one JSON line: seconds per run
 * and their median, customers/s, the effective GFLOP/s of the scoring products, and the p50 / p99 /
 * p99.9 latency of one customer's top-N from the loaded model (trained factors, and fold-in).
 */
public final class RecommendAllBench {
  private RecommendAllBench() {}

  public static void main(String[] args) {
    Options o = new Options(args);
    int customers = o.integer("customers", 1_000_000);
    int items = o.integer("items", 10_000);
    int f = o.integer("factors", 64);
    int n = o.integer("n", 10);
    int threads = o.integer("threads", Runtime.getRuntime().availableProcessors());
    SplittableRandom random = new SplittableRandom(o.longValue("seed", 42));
    JsonLine out = new JsonLine().put("customers", customers).put("items", items);
    out.put("factors", f).put("n", n).put("threads", threads);

    long heapBefore = usedHeap();
    float[] x = uniform(random, (long) customers * f);
    Exclusions exclusions = randomExclusions(random, customers, items, o.integer("excluded", 20));
    AlsModel model = model(x, uniform(random, (long) items * f), customers, items, f, exclusions);
    out.put("heap_mb_model_and_exclusions", (usedHeap() - heapBefore) / 1e6, 1);

    warmUp(x, items, f, n, exclusions, threads, uniform(random, (long) items * f));
    List<Double> seconds = new ArrayList<>();
    LongAdder checksum = new LongAdder();
    TopNSink sink = (c, ids, scores, count) -> checksum.add(count == 0 ? 0 : ids[0]);
    for (int run = 0; run < o.integer("runs", 3); run++) {
      long t = System.nanoTime();
      model.recommendAll(n, exclusions, threads, sink);
      seconds.add((System.nanoTime() - t) / 1e9);
    }
    double median = median(seconds);
    out.put("recommend_all_s", seconds.toString());
    out.put("recommend_all_median_s", median, 3);
    out.put("customers_per_s", customers / median, 0);
    out.put("scoring_gflops_per_s", 2.0 * customers * items * f / median / 1e9, 2);
    out.put("checksum", checksum.sum());
    latency(model, exclusions, customers, o.integer("samples", 20_000), n, random, out);
    System.out.println(out);
  }

  /** A model whose fingerprints match each customer's excluded products as their history. */
  private static AlsModel model(
      float[] x, float[] y, int customers, int items, int f, Exclusions exclusions) {
    long[] fingerprints = new long[customers];
    for (int c = 0; c < customers; c++) {
      UserProfile p = history(c, exclusions);
      fingerprints[c] = AlsModelData.fingerprint(p.items(), p.weights());
    }
    return AlsModel.restore(
        new AlsModelData(
            ids("c", customers),
            ids("p", items),
            f,
            x,
            y,
            fingerprints,
            new AlsObjective(0.05, 10, true)));
  }

  private static void warmUp(
      float[] x, int items, int f, int n, Exclusions exclusions, int threads, float[] y) {
    int few = Math.min(50_000, x.length / f);
    ItemFactorScorer scorer = new ItemFactorScorer(y, items, f);
    for (int round = 0; round < 2; round++) {
      new BatchTopN(scorer, n)
          .run(Arrays.copyOf(x, few * f), few, exclusions, c -> true, threads, (c, i, s, k) -> {});
    }
  }

  private static void latency(
      AlsModel model,
      Exclusions exclusions,
      int customers,
      int samples,
      int n,
      SplittableRandom random,
      JsonLine out) {
    int items = model.items().size();
    float[] scores = new float[items];
    long checksum = 0;
    for (String path : new String[] {"trained", "fold_in"}) {
      long[] nanos = new long[samples];
      for (int s = -samples; s < samples; s++) {
        int c = random.nextInt(customers);
        UserProfile h = history(c, exclusions);
        UserProfile p =
            path.equals("trained") ? h : new UserProfile("new-" + c, h.items(), h.weights());
        BitSet own = new BitSet(items);
        long t = System.nanoTime();
        for (int i : p.items()) {
          own.set(i);
        }
        model.score(p, scores);
        int[] top = TopN.select(scores, n, own);
        long dt = System.nanoTime() - t;
        checksum += top.length == 0 ? 0 : top[0];
        if (s >= 0) {
          nanos[s] = dt;
        }
      }
      Arrays.sort(nanos);
      out.put(path + "_p50_ms", nanos[samples / 2] / 1e6, 4);
      out.put(path + "_p99_ms", nanos[(int) (samples * 0.99)] / 1e6, 4);
      out.put(path + "_p999_ms", nanos[(int) (samples * 0.999)] / 1e6, 4);
      out.put(path + "_max_ms", nanos[samples - 1] / 1e6, 4);
    }
    out.put("latency_checksum", checksum);
  }

  /** Customer c's excluded products as a history with weight 1. */
  private static UserProfile history(int c, Exclusions exclusions) {
    int[] bought = exclusions.items(c);
    float[] weights = new float[bought.length];
    Arrays.fill(weights, 1f);
    return new UserProfile("c" + c, bought, weights);
  }

  private static Exclusions randomExclusions(
      SplittableRandom random, int customers, int items, int perCustomer) {
    int[] start = new int[customers + 1];
    int[] all = new int[customers * perCustomer];
    int size = 0;
    int[] row = new int[perCustomer];
    for (int c = 0; c < customers; c++) {
      for (int k = 0; k < perCustomer; k++) {
        row[k] = random.nextInt(items);
      }
      Arrays.sort(row);
      for (int k = 0; k < perCustomer; k++) {
        if (k == 0 || row[k] != row[k - 1]) {
          all[size++] = row[k];
        }
      }
      start[c + 1] = size;
    }
    return Exclusions.ofRows(start, Arrays.copyOf(all, size));
  }

  private static float[] uniform(SplittableRandom random, long n) {
    float[] v = new float[Math.toIntExact(n)];
    for (int k = 0; k < v.length; k++) {
      v[k] = (float) (random.nextDouble() * 2 - 1) * 0.3f;
    }
    return v;
  }

  private static IdIndex ids(String prefix, int n) {
    IdIndex.Builder b = new IdIndex.Builder();
    for (int k = 0; k < n; k++) {
      b.add(prefix + k);
    }
    return b.build();
  }

  private static long usedHeap() {
    Runtime rt = Runtime.getRuntime();
    System.gc();
    return rt.totalMemory() - rt.freeMemory();
  }

  private static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    sorted.sort(null);
    int m = sorted.size() / 2;
    return sorted.size() % 2 == 1 ? sorted.get(m) : (sorted.get(m - 1) + sorted.get(m)) / 2;
  }
}
