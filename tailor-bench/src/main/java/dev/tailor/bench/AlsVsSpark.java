package dev.tailor.bench;

import dev.tailor.reco.als.AlsModel;
import dev.tailor.reco.als.AlsTrainer;
import dev.tailor.reco.batch.ItemFactorScorer;
import dev.tailor.reco.data.Interactions;
import dev.tailor.reco.ease.EaseModel;
import dev.tailor.reco.ease.EaseTrainer;
import dev.tailor.reco.model.AlgorithmParams;
import dev.tailor.reco.model.UserProfile;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Trains Tailor's ALS (or EASE) on the Spark peer's input files with the same rank, iterations,
 * regularization and alpha, evaluates it under the peer's protocol ({@link PeerProtocol}) and
 * prints one JSON line comparable with the peer's.
 *
 * <p>Usage: {@code AlsVsSpark --train F --test F [--rank 32] [--iterations 10] [--reg 0.05]
 * [--alpha 10] [--k 10] [--threads 2] [--seed 42] [--cg-steps 3] [--unscaled-reg] [--algorithm
 * als|ease]}. Timings: {@code load_s} (CSV read), {@code matrix_s} (pairs to the sparse matrix),
 * {@code train_s} (fit, the counterpart of the peer's {@code train_s}), {@code eval_s}, {@code
 * total_s} (JVM start to the end).
 */
public final class AlsVsSpark {
  private AlsVsSpark() {}

  public static void main(String[] args) throws Exception {
    long mainNanos = System.nanoTime();
    double jvmToMain =
        (System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime()) / 1e3;
    Options o = new Options(args, "unscaled-reg");
    String algorithm = o.text("algorithm", "als");
    int k = o.integer("k", 10);
    AlgorithmParams params =
        new AlgorithmParams(
            o.integer("rank", 32),
            o.integer("iterations", 10),
            o.decimal("reg", 0.05),
            o.decimal("alpha", 10),
            o.integer("threads", Runtime.getRuntime().availableProcessors()),
            o.longValue("seed", 42));
    JsonLine out = new JsonLine().put("engine", "tailor-" + algorithm);
    out.put("java_version", System.getProperty("java.version"));
    out.put("threads", params.threads());
    out.put("jvm_start_to_main_s", jvmToMain, 3);

    long t = System.nanoTime();
    RatingsFile.Training train = RatingsFile.Training.read(Path.of(o.required("train")));
    int[] testRows = new int[1];
    Map<String, List<String>> test = RatingsFile.testItems(Path.of(o.required("test")), testRows);
    out.put("load_s", secs(t), 3);
    t = System.nanoTime();
    Interactions m = train.matrix();
    out.put("matrix_s", secs(t), 3);
    out.put("train_rows", train.rows).put("train_pairs", train.pairs.size());
    out.put("train_pairs_dropped_nonpositive", train.droppedNonPositive);
    out.put("test_rows", testRows[0]).put("users", m.userCount()).put("items", m.itemCount());

    PeerProtocol.Scorer scorer;
    if (algorithm.equals("ease")) {
      scorer = trainEase(m, params, out);
    } else {
      scorer = trainAls(m, params, o, out);
    }
    t = System.nanoTime();
    PeerProtocol p =
        PeerProtocol.evaluate(
            m.users(), m.items(), train.itemsByUser(), train.popularity(), test, k, scorer);
    out.put("eval_s", secs(t), 3);
    out.put("test_users", test.size()).put("users_evaluated", p.model.users);
    out.put("users_skipped_cold", p.cold).put("users_skipped_no_new_items", p.noNewItems);
    out.put("k", k);
    out.put("recall_at_k", p.model.recall(), 6).put("ndcg_at_k", p.model.ndcg(), 6);
    out.put("recall_at_k_capped", p.model.recallCapped(), 6);
    out.put("popularity_recall_at_k", p.popularity.recall(), 6);
    out.put("popularity_ndcg_at_k", p.popularity.ndcg(), 6);
    out.put("total_s", jvmToMain + secs(mainNanos), 3);
    System.out.println(out);
  }

  private static PeerProtocol.Scorer trainAls(
      Interactions m, AlgorithmParams params, Options o, JsonLine out) {
    AlsTrainer trainer =
        new AlsTrainer(
            params, o.integer("cg-steps", AlsTrainer.DEFAULT_CG_STEPS), !o.flag("unscaled-reg"));
    out.put("rank", params.factors()).put("iterations", params.iterations());
    out.put("reg_param", params.regularization()).put("alpha", params.alpha());
    out.put("cg_steps", trainer.cgSteps());
    out.put("scaled_regularization", trainer.objective().scaledRegularization());
    long t = System.nanoTime();
    AlsModel model = trainer.fit(m);
    double trainSeconds = secs(t);
    double flops = trainer.nominalFlops(m);
    out.put("train_s", trainSeconds, 3);
    out.put("nominal_gflop", flops / 1e9, 3);
    out.put("gflops_per_s", flops / 1e9 / trainSeconds, 3);
    float[] userFactors = new float[m.userCount() * params.factors()];
    model.userFactors().get(userFactors);
    float[] itemFactors = new float[m.itemCount() * params.factors()];
    model.itemFactors().get(itemFactors);
    ItemFactorScorer items = new ItemFactorScorer(itemFactors, m.itemCount(), params.factors());
    return (u, scores) -> items.score(userFactors, u * params.factors(), scores);
  }

  private static PeerProtocol.Scorer trainEase(
      Interactions m, AlgorithmParams params, JsonLine out) {
    out.put("reg_param", params.regularization());
    long t = System.nanoTime();
    EaseModel model = new EaseTrainer(params.regularization(), params.threads()).fit(m);
    out.put("train_s", secs(t), 3);
    return (u, scores) -> {
      int n = m.rowLength(u);
      int[] items = new int[n];
      float[] weights = new float[n];
      for (int e = 0; e < n; e++) {
        items[e] = m.col(m.rowStart(u) + e);
        weights[e] = m.value(m.rowStart(u) + e);
      }
      if (!model.score(new UserProfile(m.users().idOf(u), items, weights), scores)) {
        java.util.Arrays.fill(scores, 0f);
      }
    };
  }

  private static double secs(long t0) {
    return (System.nanoTime() - t0) / 1e9;
  }
}
