package dev.tailor.reco.recommend;

import java.util.Optional;

/**
 * One customer's list during a batch run, handed to a {@link RecommendationSink}. The same instance
 * is reused for the next customer: read it during the call, do not keep it.
 */
public interface RecommendationRow {
  String customerId();

  /** Number of recommendations (0 when nothing could be recommended; see {@link #note}). */
  int size();

  /** The product at rank {@code r + 1}. */
  String productId(int r);

  float score(int r);

  /** As {@link Recommendations#servedBy}. */
  String servedBy();

  /** As {@link Recommendations#note}. */
  Optional<String> note();
}
