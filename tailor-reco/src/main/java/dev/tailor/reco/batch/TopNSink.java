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
}
