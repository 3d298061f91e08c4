package dev.tailor.web.dashboard;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Model quality over versions for the chart: one holdout metric (an NDCG when there is one), one
 * series per algorithm, x the training time in epoch seconds, null where an algorithm has no
 * snapshot at that time.
 */
final class QualityChart {
  private QualityChart() {}

  static Map<String, Object> of(List<ModelRow> models) {
    Map<String, Integer> counts = new HashMap<>();
    models.forEach(m -> m.metrics().keySet().forEach(k -> counts.merge(k, 1, Integer::sum)));
    String metric =
        counts.keySet().stream()
            .sorted(
                (a, b) ->
                    score(b, counts) - score(a, counts) == 0
                        ? a.compareTo(b)
                        : score(b, counts) - score(a, counts))
            .findFirst()
            .orElse("");
    TreeSet<Long> times = new TreeSet<>();
    Map<String, Map<Long, Double>> byAlgorithm = new TreeMap<>();
    for (ModelRow m : models) {
      Double v = m.metrics().get(metric);
      if (v != null) {
        long t = m.createdAt().getEpochSecond();
        times.add(t);
        byAlgorithm.computeIfAbsent(m.algorithm(), a -> new HashMap<>()).put(t, v);
      }
    }
    List<Long> x = new ArrayList<>(times);
    List<Map<String, Object>> series = new ArrayList<>();
    byAlgorithm.forEach(
        (algorithm, values) -> {
          List<Double> y = new ArrayList<>();
          x.forEach(t -> y.add(values.get(t)));
          Map<String, Object> s = new LinkedHashMap<>();
          s.put("label", algorithm);
          s.put("y", y);
          series.add(s);
        });
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("metric", metric);
    out.put("x", x);
    out.put("series", series);
    return out;
  }

  private static int score(String key, Map<String, Integer> counts) {
    String k = key.toLowerCase(java.util.Locale.ROOT);
    return counts.get(key)
        + (k.startsWith("ndcg") ? 2_000_000 : k.contains("ndcg") ? 1_000_000 : 0);
  }
}
