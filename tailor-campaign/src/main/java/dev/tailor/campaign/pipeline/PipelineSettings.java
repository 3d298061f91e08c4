package dev.tailor.campaign.pipeline;

import java.time.Duration;
import java.util.Objects;

/**
 * How the pipeline runs.
 *
 * @param threads worker threads (decide, render, send)
 * @param chunk messages per chunk: one chunk is decided and rendered together and its state changes
 *     are committed in one transaction per step
 * @param leaseTimeout a runner that has not renewed its lease for this long is presumed dead, and
 *     another may take the campaign over
 * @param retryPasses extra passes over deferred messages at the end of a run
 * @param retryPause the pause before each extra pass
 */
public record PipelineSettings(
    int threads, int chunk, Duration leaseTimeout, int retryPasses, Duration retryPause) {
  public PipelineSettings {
    if (threads < 1 || chunk < 1) {
      throw new IllegalArgumentException("threads and chunk must be positive");
    }
    Objects.requireNonNull(leaseTimeout, "leaseTimeout");
    Objects.requireNonNull(retryPause, "retryPause");
    if (retryPasses < 0) {
      throw new IllegalArgumentException("retryPasses must not be negative");
    }
  }

  /** All cores, chunks of 256, a 60 s lease, two retry passes 2 s apart. */
  public static PipelineSettings defaults() {
    return new PipelineSettings(
        Runtime.getRuntime().availableProcessors(),
        256,
        Duration.ofSeconds(60),
        2,
        Duration.ofSeconds(2));
  }

  public PipelineSettings withThreads(int n) {
    return new PipelineSettings(n, chunk, leaseTimeout, retryPasses, retryPause);
  }
}
