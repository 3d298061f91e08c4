package dev.tailor.reco.eval;

import dev.tailor.core.catalog.Product;
import dev.tailor.reco.data.WeightScheme;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How to evaluate.
 *
 * @param k list length and metric cut-off ({@code --k}), 1..1000
 * @param weights event weights and decay for the training matrix; a test event is relevant when its
 *     type weighs more than 0
 * @param catalog products by id (may be partial or empty): given to trainers, and their category
 *     paths measure diversity
 * @param threads workers recommending in parallel ({@code --threads}), 1..256
 * @param recsOut folder to write each algorithm's lists to as CSV ({@code --recs-out}), if any
 * @param window training window measured back from the newest training event ({@code --window});
 *     empty for all of the training part. Customers with no training event inside it count as
 *     unseen in training.
 */
public record EvaluationOptions(
    int k,
    WeightScheme weights,
    Map<String, Product> catalog,
    int threads,
    Optional<Path> recsOut,
    Optional<Duration> window) {

  public EvaluationOptions {
    if (k < 1 || k > 1000) {
      throw EvaluationException.badInput("--k must be between 1 and 1000, not " + k);
    }
    if (threads < 1 || threads > 256) {
      throw EvaluationException.badInput("--threads must be between 1 and 256, not " + threads);
    }
    Objects.requireNonNull(weights, "weights");
    catalog = Map.copyOf(catalog);
    Objects.requireNonNull(recsOut, "recsOut");
    Objects.requireNonNull(window, "window");
    if (window.isPresent() && (window.get().isNegative() || window.get().isZero())) {
      throw EvaluationException.badInput("--window must be positive, not " + window.get());
    }
  }

  /** k 10, default weights, no catalog, one thread per processor, no CSV output, no window. */
  public static EvaluationOptions defaults() {
    return new EvaluationOptions(
        10,
        WeightScheme.DEFAULTS,
        Map.of(),
        Runtime.getRuntime().availableProcessors(),
        Optional.empty(),
        Optional.empty());
  }

  public EvaluationOptions withK(int k) {
    return new EvaluationOptions(k, weights, catalog, threads, recsOut, window);
  }

  public EvaluationOptions withWeights(WeightScheme weights) {
    return new EvaluationOptions(k, weights, catalog, threads, recsOut, window);
  }

  public EvaluationOptions withCatalog(Map<String, Product> catalog) {
    return new EvaluationOptions(k, weights, catalog, threads, recsOut, window);
  }

  public EvaluationOptions withThreads(int threads) {
    return new EvaluationOptions(k, weights, catalog, threads, recsOut, window);
  }

  public EvaluationOptions withRecsOut(Path dir) {
    return new EvaluationOptions(k, weights, catalog, threads, Optional.of(dir), window);
  }

  public EvaluationOptions withWindow(Duration window) {
    return new EvaluationOptions(k, weights, catalog, threads, recsOut, Optional.of(window));
  }

  /** These options without CSV output (tuning trials write no files). */
  public EvaluationOptions withoutRecsOut() {
    return new EvaluationOptions(k, weights, catalog, threads, Optional.empty(), window);
  }
}
