package dev.tailor.strategy.explore;

/**
 * Shows and clicks per arm, the evidence Thompson sampling draws from: per item id for exploration
 * among a slot's items, per algorithm for a slot that chooses among sources. The campaign module,
 * which knows what each email showed, feeds it; {@link #NONE} knows nothing (every arm draws from
 * Beta(1, 1)).
 */
public interface ClickFeedback {
  ClickFeedback NONE = arm -> new long[] {0, 0};

  /** {@code {shows, clicks}} of {@code arm}, an item id. */
  long[] showsAndClicks(String arm);

  /**
   * {@code {shows, clicks}} of the items the algorithm (or {@code curated}) proposed; nothing known
   * unless the feedback counts per algorithm.
   */
  default long[] algorithmShowsAndClicks(String algorithm) {
    return new long[] {0, 0};
  }
}
