package dev.tailor.app.config;

import dev.tailor.core.ErrorCode;
import dev.tailor.core.TailorException;
import dev.tailor.web.api.RecommendationLimits;
import java.time.Duration;
import java.util.Objects;

/**
 * How {@code tailor serve} answers {@code GET /v1/recommendations}.
 *
 * @param modelPoll {@code tailor.reco.serving.model-poll-seconds}: how often the model folder is
 *     checked for a newer snapshot, which is then loaded in the background and swapped in (default
 *     5 s; 0 loads the model at start only)
 * @param cacheCustomers {@code tailor.reco.serving.cache-customers}: customers whose recent events
 *     and last answer are kept in memory (default 100,000; 0 reads the store on every request); a
 *     customer's entry is dropped when {@code POST /v1/track} receives one of their events; the
 *     same bound caps the customers whose answers are computed ahead when a snapshot is loaded
 * @param cacheTtl {@code tailor.reco.serving.cache-seconds}: the longest an entry is used, for
 *     events that reach the store by another way than the API (an import) (default 60 s)
 * @param limits {@code tailor.reco.serving.max-concurrent}, {@code max-queue} and {@code
 *     max-wait-ms}: requests computed at once (default 8), waiting beyond those (default 256), and
 *     the longest wait (default 200 ms) before a 503 with {@code Retry-After}
 */
public record ServingConfig(
    Duration modelPoll, int cacheCustomers, Duration cacheTtl, RecommendationLimits limits) {
  public static final ServingConfig DEFAULTS =
      new ServingConfig(
          Duration.ofSeconds(5),
          100_000,
          Duration.ofSeconds(60),
          new RecommendationLimits(8, 256, Duration.ofMillis(200)));

  public ServingConfig {
    Objects.requireNonNull(modelPoll, "modelPoll");
    Objects.requireNonNull(cacheTtl, "cacheTtl");
    Objects.requireNonNull(limits, "limits");
    if (modelPoll.isNegative()) {
      throw bad("tailor.reco.serving.model-poll-seconds must be ≥ 0");
    }
    if (cacheCustomers < 0) {
      throw bad("tailor.reco.serving.cache-customers must be ≥ 0");
    }
    if (cacheTtl.isNegative()) {
      throw bad("tailor.reco.serving.cache-seconds must be ≥ 0");
    }
  }

  private static TailorException bad(String message) {
    return new TailorException(ErrorCode.CONFIG, message);
  }
}
