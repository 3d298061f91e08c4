package dev.tailor.reco.snapshot;

import dev.tailor.reco.model.Model;
import java.util.Objects;

/**
 * A loaded model with its header. Immutable: a server swaps whole snapshots.
 *
 * @param info where it was read from
 * @param model the model
 */
public record Snapshot(SnapshotInfo info, Model model) {
  public Snapshot {
    Objects.requireNonNull(info, "info");
    Objects.requireNonNull(model, "model");
  }

  public SnapshotHeader header() {
    return info.header().orElseThrow();
  }
}
