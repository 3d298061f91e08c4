package dev.tailor.reco.eval;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The outcome of {@code tailor evaluate}: the split, and one result per algorithm (the popularity
 * baseline first unless it was listed elsewhere).
 *
 * @param k the cut-off
 * @param split what was evaluated and who was left out
 * @param algorithms one result per algorithm, in evaluation order
 */
public record EvaluationReport(int k, SplitSummary split, List<AlgorithmResult> algorithms) {
  public EvaluationReport {
    algorithms = List.copyOf(algorithms);
  }

  /** The result of {@code algorithm}, if it was evaluated. */
  public Optional<AlgorithmResult> find(String algorithm) {
    return algorithms.stream().filter(a -> a.algorithm().equals(algorithm)).findFirst();
  }

  /**
   * The JSON object {@code tailor evaluate --json} prints: {@code {"k":10, "split":{...},
   * "algorithms":{"popular":{"ndcg":..., ...}, ...}}}, snake_case keys, unknown values null.
   */
  public Map<String, Object> toMap() {
    Map<String, Object> algos = new LinkedHashMap<>();
    for (AlgorithmResult a : algorithms) {
      algos.put(a.algorithm(), a.toMap());
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("k", k);
    m.put("split", split.toMap());
    m.put("algorithms", algos);
    return m;
  }

  /** A plain-text table, one row per algorithm, for the terminal. */
  public String toTable() {
    StringBuilder b = new StringBuilder();
    b.append(
        String.format(
            Locale.ROOT,
            "%-14s %7s %9s %7s %7s %8s %8s %9s %7s %8s %9s%n",
            "algorithm",
            "ndcg@" + k,
            "precision",
            "recall",
            "map",
            "hit_rate",
            "coverage",
            "diversity",
            "novelty",
            "train_s",
            "recomm_s"));
    for (AlgorithmResult a : algorithms) {
      b.append(
          String.format(
              Locale.ROOT,
              "%-14s %7.4f %9.4f %7.4f %7.4f %8.4f %8.4f %9s %7s %8.2f %9.2f%n",
              a.algorithm(),
              a.ndcg(),
              a.precision(),
              a.recall(),
              a.map(),
              a.hitRate(),
              a.coverage(),
              orUnknown(a.diversity(), "%.4f"),
              orUnknown(a.novelty(), "%.2f"),
              a.trainSeconds(),
              a.recommendSeconds()));
    }
    SplitSummary s = split;
    b.append(
        String.format(
            Locale.ROOT,
            "%s: %d customers evaluated; skipped %d unseen in training and %d without relevant"
                + " items; %d test products unseen in training%n",
            s.description(),
            s.customersEvaluated(),
            s.skippedColdCustomers(),
            s.skippedWithoutRelevant(),
            s.testItemsUnseenInTraining()));
    return b.toString();
  }

  private static String orUnknown(OptionalDouble v, String format) {
    return v.isPresent() ? String.format(Locale.ROOT, format, v.getAsDouble()) : "unknown";
  }
}
