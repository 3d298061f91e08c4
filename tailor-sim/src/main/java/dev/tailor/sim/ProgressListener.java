package dev.tailor.sim;

/** Told how many customers have been written so far, e.g. to draw a progress bar. */
@FunctionalInterface
public interface ProgressListener {
  /** A listener that ignores progress. */
  ProgressListener NONE = (done, total) -> {};

  /**
   * Called from the generating thread after each batch of customers (and once at the end with
   * {@code done == total}).
   *
   * @param done customers written so far
   * @param total customers to write
   */
  void onProgress(long done, long total);
}
