package dev.tailor.reco.recommend;

/**
 * Receives the batch run's lists one customer at a time, in customer order, on one thread. Throw an
 * unchecked exception (for example {@code UncheckedIOException}) to stop the run.
 */
@FunctionalInterface
public interface RecommendationSink {
  void accept(RecommendationRow row);
}
