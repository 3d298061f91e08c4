package dev.tailor.reco.batch;

/**
 * Receives one customer's recommendations from {@link BatchTopN}. Called from the worker threads,
 * possibly at the same time for different customers, so implementations must be thread-safe. The
 * arrays are the worker's scratch buffers: read {@code items[0..count)} and {@code
 * scores[0..count)} (best first) before returning, and copy what you keep.
 */
@FunctionalInterface
public interface TopNSink {
  void accept(int customer, int[] items, float[] scores, int count);

  /**
   * Called on the same worker after the customers {@code [from, to)} of one block were handed to
   * {@link #accept} (those the run includes, in ascending order), before that worker takes another
   * block. Blocks are claimed in ascending order, so a sink can restore customer order with a
   * window of about one block per worker. Does nothing by default.
   */
  default void blockDone(int from, int to) {}
}
