package dev.tailor.reco.snapshot;

import dev.tailor.reco.model.TrainingData;
import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What a snapshot file says about its model before the body: who made it, when, from what settings
 * and what data, with hashes of both, and optional quality metrics.
 *
 * @param formatVersion the file format version
 * @param algorithm the model's algorithm
 * @param createdAt when the model was trained
 * @param config the training settings
 * @param configHash {@link TrainingConfig#hash} at training time
 * @param data the training data in brief
 * @param dataHash {@link DataSummary#hash} at training time
 * @param metrics quality metrics by name (for example {@code ndcg@10}), possibly empty
 */
public record SnapshotHeader(
    int formatVersion,
    String algorithm,
    Instant createdAt,
    TrainingConfig config,
    String configHash,
    DataSummary data,
    String dataHash,
    Map<String, Double> metrics) {
  public SnapshotHeader {
    Objects.requireNonNull(algorithm, "algorithm");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(config, "config");
    Objects.requireNonNull(configHash, "configHash");
    Objects.requireNonNull(data, "data");
    Objects.requireNonNull(dataHash, "dataHash");
    metrics = Collections.unmodifiableMap(new TreeMap<>(metrics));
  }

  /** The header of a model trained now from {@code data} with {@code config}. */
  public static SnapshotHeader of(
      TrainingConfig config, TrainingData data, Instant createdAt, Map<String, Double> metrics) {
    DataSummary summary = DataSummary.of(data);
    return new SnapshotHeader(
        SnapshotFormat.VERSION,
        config.algorithm(),
        createdAt,
        config,
        config.hash(),
        summary,
        summary.hash(),
        metrics);
  }

  /** This header with {@code metrics} instead (for metrics measured after training). */
  public SnapshotHeader withMetrics(Map<String, Double> metrics) {
    return new SnapshotHeader(
        formatVersion, algorithm, createdAt, config, configHash, data, dataHash, metrics);
  }
}
