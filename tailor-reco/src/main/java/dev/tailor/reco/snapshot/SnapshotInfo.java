package dev.tailor.reco.snapshot;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * A snapshot file as listed: its place and, when readable, its header.
 *
 * @param algorithm the folder it lives in
 * @param version the file name without {@code .model}; versions sort by training time
 * @param file the file
 * @param bytes its size
 * @param header the header, unless the file is damaged
 * @param problem why the header could not be read, if it could not
 */
public record SnapshotInfo(
    String algorithm,
    String version,
    Path file,
    long bytes,
    Optional<SnapshotHeader> header,
    Optional<String> problem) {
  public SnapshotInfo {
    Objects.requireNonNull(algorithm, "algorithm");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(header, "header");
    Objects.requireNonNull(problem, "problem");
  }
}
