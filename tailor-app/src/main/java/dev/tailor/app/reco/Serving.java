package dev.tailor.app.reco;

import dev.tailor.app.wiring.Wiring;
import dev.tailor.core.ErrorCode;
import dev.tailor.core.TailorException;
import dev.tailor.core.store.Store;
import dev.tailor.reco.Algorithms;
import dev.tailor.reco.data.WeightScheme;
import dev.tailor.reco.model.AlgorithmParams;
import dev.tailor.reco.model.Model;
import dev.tailor.reco.model.TrainingData;
import dev.tailor.reco.recommend.ProfileBuilder;
import dev.tailor.reco.recommend.Recommender;
import dev.tailor.reco.snapshot.Snapshot;
import dev.tailor.reco.snapshot.SnapshotHeader;
import dev.tailor.reco.snapshot.SnapshotInfo;
import dev.tailor.reco.snapshot.SnapshotStore;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;

/**
 * A loaded model snapshot ready to serve: which one, the reference time of its data, and a
 * recommender completed by bestsellers for customers the model cannot serve.
 *
 * @param snapshot the loaded snapshot
 */
public record Serving(Snapshot snapshot) {

  /** The latest snapshot of {@code algorithm}, or the latest of any algorithm when null. */
  public static Serving load(Wiring wiring, String algorithm) {
    SnapshotStore snapshots = wiring.snapshots();
    if (algorithm != null) {
      Algorithms.codec(algorithm); // rejects unknown names, listing the known ones
      return new Serving(
          snapshots
              .latest(algorithm.strip().toLowerCase(java.util.Locale.ROOT))
              .orElseThrow(
                  () ->
                      new TailorException(
                          ErrorCode.NOT_FOUND,
                          "no trained "
                              + algorithm
                              + " model in "
                              + snapshots.root()
                              + "; run `tailor train --algorithm "
                              + algorithm
                              + "` first")));
    }
    Optional<SnapshotInfo> newest =
        snapshots.list().stream()
            .filter(i -> i.header().isPresent())
            .max(Comparator.comparing((SnapshotInfo i) -> i.header().get().createdAt()));
    SnapshotInfo info =
        newest.orElseThrow(
            () ->
                new TailorException(
                    ErrorCode.NOT_FOUND,
                    "no trained model in " + snapshots.root() + "; run `tailor train` first"));
    return new Serving(snapshots.load(info.algorithm(), info.version()));
  }

  public SnapshotHeader header() {
    return snapshot.header();
  }

  public Model model() {
    return snapshot.model();
  }

  /** The newest event of the training data: decay of customer histories is measured from it. */
  public Instant reference() {
    return header().data().last().orElse(header().createdAt());
  }

  public ProfileBuilder profiles(WeightScheme weights) {
    return new ProfileBuilder(model().items(), weights);
  }

  /** The model, completed by bestsellers trained now from the store for whom it cannot serve. */
  public Recommender recommender(Store store) {
    if (model().algorithm().equals("popular")) {
      return new Recommender(model());
    }
    return new Recommender(model(), bestsellers(store));
  }

  /**
   * Bestsellers trained now from the store over the model's window and weights (the model itself
   * when it is {@code popular}): the fallback for customers the model cannot serve.
   */
  public Model bestsellers(Store store) {
    if (model().algorithm().equals("popular")) {
      return model();
    }
    TrainingData data =
        TrainingData.fromStore(store, header().config().weights(), header().config().window());
    return Algorithms.trainer("popular", AlgorithmParams.DEFAULTS).train(data);
  }

  /** e.g. {@code als 20261126-101500}. */
  public String describe() {
    return model().algorithm() + " " + snapshot.info().version();
  }
}
