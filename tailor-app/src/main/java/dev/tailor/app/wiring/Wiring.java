package dev.tailor.app.wiring;

import dev.tailor.app.config.TailorConfig;
import dev.tailor.core.store.Store;
import dev.tailor.insights.datacheck.DataCheck;
import dev.tailor.store.Stores;

/** The composition root: the one place where implementations are chosen and connected. */
public final class Wiring {
  private final TailorConfig config;

  public Wiring(TailorConfig config) {
    this.config = config;
  }

  public TailorConfig config() {
    return config;
  }

  /** Opens (and migrates) the configured store; the caller closes it. */
  public Store openStore() {
    return Stores.open(config.store().url());
  }

  /** Opens a fresh embedded store in {@code file}, for offline work on a folder of files. */
  public Store openTemporaryStore(java.nio.file.Path file) {
    return Stores.open("jdbc:sqlite:" + file);
  }

  /** Where trained model snapshots are kept. */
  public dev.tailor.reco.snapshot.SnapshotStore snapshots() {
    return new dev.tailor.reco.snapshot.SnapshotStore(config.reco().modelsDir());
  }

  public DataCheck dataCheck() {
    return new DataCheck(config.dataCheck());
  }
}
