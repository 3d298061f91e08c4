package dev.tailor.reco.tune;

import dev.tailor.reco.eval.SplitSummary;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The outcome of {@code tailor tune}: the best trial and the full trials table.
 *
 * @param algorithm the algorithm tuned
 * @param k the nDCG cut-off
 * @param validation the validation split (cut from the training part only) and who was left out
 * @param best the trial with the highest nDCG (the earliest on ties)
 * @param trials every trial, in the order run
 */
public record TuningResult(
    String algorithm, int k, SplitSummary validation, Trial best, List<Trial> trials) {
  public TuningResult {
    trials = List.copyOf(trials);
  }

  /** The JSON shape: {@code {"algorithm", "k", "validation", "best", "trials": [...]}}. */
  public Map<String, Object> toMap() {
    List<Object> rows = new ArrayList<>();
    trials.forEach(t -> rows.add(t.toMap()));
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("algorithm", algorithm);
    m.put("k", k);
    m.put("validation", validation.toMap());
    m.put("best", best.toMap());
    m.put("trials", rows);
    return m;
  }

  /** A plain-text trials table with the best trial marked, for the terminal. */
  public String toTable() {
    StringBuilder b = new StringBuilder();
    b.append(
        String.format(
            Locale.ROOT,
            "%-6s %8s %10s %14s %8s %9s %8s  %s%n",
            "trial",
            "ndcg@" + k,
            "factors",
            "iterations",
            "reg",
            "alpha",
            "seconds",
            "options"));
    for (Trial t : trials) {
      b.append(
          String.format(
              Locale.ROOT,
              "%-6s %8.4f %10d %14d %8.4g %9.4g %8.2f  %s%n",
              t.number() + (t == best ? "*" : ""),
              t.ndcg(),
              t.params().factors(),
              t.params().iterations(),
              t.params().regularization(),
              t.params().alpha(),
              t.seconds(),
              t.options().asMap().isEmpty() ? "-" : t.options().asMap()));
    }
    b.append(
        String.format(
            Locale.ROOT,
            "best: trial %d, ndcg@%d %.4f on %s (%d customers)%n",
            best.number(),
            k,
            best.ndcg(),
            validation.description(),
            validation.customersEvaluated()));
    return b.toString();
  }
}
