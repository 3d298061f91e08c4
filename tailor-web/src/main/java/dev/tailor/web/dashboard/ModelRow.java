package dev.tailor.web.dashboard;

import java.time.Instant;
import java.util.Map;

/**
 * One trained snapshot.
 *
 * @param algorithm e.g. {@code als}
 * @param version e.g. {@code 20261126-101500}
 * @param createdAt when it was trained
 * @param customers customers in its training data
 * @param products products in its training data
 * @param metrics holdout quality metrics by name (e.g. {@code ndcg@10}), empty when not evaluated
 */
public record ModelRow(
    String algorithm,
    String version,
    Instant createdAt,
    long customers,
    long products,
    Map<String, Double> metrics) {
  public ModelRow {
    metrics = Map.copyOf(metrics);
  }
}
