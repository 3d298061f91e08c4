/**
 * Model snapshots: the versioned binary model file format ({@link
 * dev.tailor.reco.snapshot.SnapshotFormat}), its header with config and data hashes, and a folder
 * of versions per algorithm with a {@code latest} pointer, written atomically.
 */
package dev.tailor.reco.snapshot;
