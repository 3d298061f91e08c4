package dev.tailor.strategy.explore;

/**
 * Shows and clicks per arm (an item id), the evidence Thompson sampling draws from. The campaign
 * module, which knows what each email showed, feeds it; {@link #NONE} knows nothing (every arm
 * draws from Beta(1, 1)).
 */
public interface ClickFeedback {
  ClickFeedback NONE = arm -> new long[] {0, 0};

  /** {@code {shows, clicks}} of {@code arm}. */
  long[] showsAndClicks(String arm);
}
