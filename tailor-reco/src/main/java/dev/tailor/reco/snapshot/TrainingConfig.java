package dev.tailor.reco.snapshot;

import dev.tailor.core.event.EventType;
import dev.tailor.reco.data.WeightScheme;
import dev.tailor.reco.model.AlgorithmOptions;
import dev.tailor.reco.model.AlgorithmParams;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything that chose how a model was trained: algorithm, shared parameters, algorithm options,
 * event weights with decay, and the window.
 *
 * @param algorithm the algorithm name
 * @param params the shared parameters
 * @param options the algorithm options
 * @param weights event weights and decay half-life
 * @param window the training window; empty for all data
 */
public record TrainingConfig(
    String algorithm,
    AlgorithmParams params,
    AlgorithmOptions options,
    WeightScheme weights,
    Optional<Duration> window) {
  public TrainingConfig {
    Objects.requireNonNull(algorithm, "algorithm");
    Objects.requireNonNull(params, "params");
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(weights, "weights");
    Objects.requireNonNull(window, "window");
  }

  /**
   * A stable text of the settings that change the model (all but {@code threads}): the input of
   * {@link #hash}.
   */
  public String canonical() {
    StringBuilder s = new StringBuilder();
    s.append("algorithm=").append(algorithm).append('\n');
    s.append("factors=").append(params.factors()).append('\n');
    s.append("iterations=").append(params.iterations()).append('\n');
    s.append("regularization=").append(params.regularization()).append('\n');
    s.append("alpha=").append(params.alpha()).append('\n');
    s.append("seed=").append(params.seed()).append('\n');
    options
        .asMap()
        .forEach((k, v) -> s.append("option.").append(k).append('=').append(v).append('\n'));
    for (EventType t : EventType.values()) {
      double w = weights.weight(t);
      if (w != 0) {
        s.append("weight.").append(t.wireName()).append('=').append(w).append('\n');
      }
    }
    s.append("half-life-ms=").append(weights.halfLife().toMillis()).append('\n');
    s.append("window-ms=").append(window.map(Duration::toMillis).orElse(-1L)).append('\n');
    return s.toString();
  }

  /** The first 16 hex digits of the SHA-256 of {@link #canonical}. */
  public String hash() {
    return sha256(canonical());
  }

  static String sha256(String text) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
