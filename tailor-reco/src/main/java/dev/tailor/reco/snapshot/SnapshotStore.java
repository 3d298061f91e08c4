package dev.tailor.reco.snapshot;

import dev.tailor.core.ErrorCode;
import dev.tailor.reco.model.Model;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Model snapshots in a folder: {@code <root>/<algorithm>/<version>.model}, versions named after the
 * training time ({@code 20260131-120000-000}, sorting in time order), and a {@code latest} file per
 * algorithm holding the newest saved version. Files are written to a temporary name, forced to disk
 * and renamed, so readers see a whole file or none; the pointer is replaced the same way.
 */
public final class SnapshotStore {
  /** The file name of an algorithm's latest-version pointer. */
  public static final String LATEST = "latest";

  private static final String SUFFIX = ".model";
  private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9_-]*");
  private static final DateTimeFormatter VERSION =
      DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS").withZone(ZoneOffset.UTC);

  private static final int VERSION_LENGTH = "yyyyMMdd-HHmmss-SSS".length();

  private final Path root;

  /** Snapshots under {@code root}, for example {@code tailor-data/models}. */
  public SnapshotStore(Path root) {
    this.root = Objects.requireNonNull(root, "root");
  }

  public Path root() {
    return root;
  }

  /** Writes {@code model} as a new version of its algorithm and points {@code latest} at it. */
  public SnapshotInfo save(Model model, SnapshotHeader header) {
    String algorithm = checkName(header.algorithm());
    Path dir = root.resolve(algorithm);
    Path file = null;
    try {
      Files.createDirectories(dir);
      String version = VERSION.format(header.createdAt());
      file = dir.resolve(version + SUFFIX);
      for (int k = 2; Files.exists(file); k++) {
        file = dir.resolve(version + "-" + k + SUFFIX);
      }
      Path target = file;
      writeAtomically(target, out -> SnapshotFormat.write(header, model, out));
      String name = versionOf(target);
      writeAtomically(
          dir.resolve(LATEST), out -> out.write((name + "\n").getBytes(StandardCharsets.UTF_8)));
      return new SnapshotInfo(
          algorithm, name, target, Files.size(target), Optional.of(header), Optional.empty());
    } catch (IOException e) {
      throw new SnapshotException(
          ErrorCode.RUNTIME, "could not write model file " + (file == null ? dir : file), e);
    }
  }

  /** The version {@code latest} points at, loaded; empty when the algorithm has none saved. */
  public Optional<Snapshot> latest(String algorithm) {
    return latestVersion(algorithm).map(v -> load(algorithm, v));
  }

  /** The version {@code latest} points at, if any. */
  public Optional<String> latestVersion(String algorithm) {
    Path pointer = root.resolve(checkName(algorithm)).resolve(LATEST);
    try {
      String version = Files.readString(pointer, StandardCharsets.UTF_8).strip();
      if (!NAME.matcher(version).matches()) {
        throw new SnapshotException(
            ErrorCode.BAD_INPUT, pointer + " does not name a version: '" + version + "'");
      }
      return Optional.of(version);
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new SnapshotException(ErrorCode.RUNTIME, "could not read " + pointer, e);
    }
  }

  /** Loads one version; a missing, damaged or truncated file fails naming it. */
  public Snapshot load(String algorithm, String version) {
    Path file = root.resolve(checkName(algorithm)).resolve(checkName(version) + SUFFIX);
    return load(file);
  }

  /** Loads a snapshot file from anywhere. */
  public static Snapshot load(Path file) {
    SnapshotFormat.Read read = SnapshotFormat.read(file);
    long size;
    try {
      size = Files.size(file);
    } catch (IOException e) {
      size = -1;
    }
    String dir = file.getParent() == null ? "" : file.getParent().getFileName().toString();
    SnapshotInfo info =
        new SnapshotInfo(
            dir, versionOf(file), file, size, Optional.of(read.header()), Optional.empty());
    return new Snapshot(info, read.model());
  }

  /** Every saved version of {@code algorithm}, oldest first, with their headers when readable. */
  public List<SnapshotInfo> list(String algorithm) {
    Path dir = root.resolve(checkName(algorithm));
    List<Path> files = new ArrayList<>();
    if (Files.isDirectory(dir)) {
      try (DirectoryStream<Path> s = Files.newDirectoryStream(dir, "*" + SUFFIX)) {
        s.forEach(files::add);
      } catch (IOException e) {
        throw new SnapshotException(ErrorCode.RUNTIME, "could not list " + dir, e);
      }
    }
    files.sort(Comparator.comparing(SnapshotStore::versionOf, SnapshotStore::compareVersions));
    List<SnapshotInfo> out = new ArrayList<>();
    for (Path f : files) {
      out.add(info(algorithm, f));
    }
    return out;
  }

  /** Every saved version of every algorithm, by algorithm then oldest first. */
  public List<SnapshotInfo> list() {
    List<String> algorithms = new ArrayList<>();
    if (Files.isDirectory(root)) {
      try (DirectoryStream<Path> s = Files.newDirectoryStream(root, Files::isDirectory)) {
        s.forEach(d -> algorithms.add(d.getFileName().toString()));
      } catch (IOException e) {
        throw new SnapshotException(ErrorCode.RUNTIME, "could not list " + root, e);
      }
    }
    algorithms.sort(null);
    List<SnapshotInfo> out = new ArrayList<>();
    for (String a : algorithms) {
      if (NAME.matcher(a).matches()) {
        out.addAll(list(a));
      }
    }
    return out;
  }

  /** Deletes all but the {@code keep} newest versions (never the latest); returns how many. */
  public int prune(String algorithm, int keep) {
    List<SnapshotInfo> all = list(algorithm);
    Optional<String> latest = latestVersion(algorithm);
    int deleted = 0;
    for (int i = 0; i < all.size() - Math.max(keep, 1); i++) {
      SnapshotInfo s = all.get(i);
      if (latest.filter(s.version()::equals).isEmpty()) {
        try {
          Files.deleteIfExists(s.file());
          deleted++;
        } catch (IOException e) {
          throw new SnapshotException(ErrorCode.RUNTIME, "could not delete " + s.file(), e);
        }
      }
    }
    return deleted;
  }

  private static SnapshotInfo info(String algorithm, Path f) {
    long size;
    try {
      size = Files.size(f);
    } catch (IOException e) {
      size = -1;
    }
    try {
      SnapshotHeader h = SnapshotFormat.readHeader(f);
      return new SnapshotInfo(algorithm, versionOf(f), f, size, Optional.of(h), Optional.empty());
    } catch (SnapshotException e) {
      return new SnapshotInfo(
          algorithm, versionOf(f), f, size, Optional.empty(), Optional.of(e.getMessage()));
    }
  }

  private interface Body {
    void write(OutputStream out) throws IOException;
  }

  private static void writeAtomically(Path target, Body body) throws IOException {
    Path tmp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
    try {
      try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE);
          OutputStream out =
              new java.io.BufferedOutputStream(
                  java.nio.channels.Channels.newOutputStream(ch), 1 << 16)) {
        body.write(out);
        out.flush();
        ch.force(true);
      }
      try {
        Files.move(
            tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /** Training time first, then the collision counter ({@code -2}, {@code -3}, ...). */
  static int compareVersions(String a, String b) {
    int base = Math.min(VERSION_LENGTH, Math.min(a.length(), b.length()));
    int c = a.substring(0, base).compareTo(b.substring(0, base));
    return c != 0 ? c : Integer.compare(counter(a), counter(b));
  }

  private static int counter(String version) {
    if (version.length() <= VERSION_LENGTH + 1) {
      return 1;
    }
    try {
      return Integer.parseInt(version.substring(VERSION_LENGTH + 1));
    } catch (NumberFormatException e) {
      return Integer.MAX_VALUE;
    }
  }

  private static String versionOf(Path file) {
    String name = file.getFileName().toString();
    return name.endsWith(SUFFIX) ? name.substring(0, name.length() - SUFFIX.length()) : name;
  }

  private static String checkName(String name) {
    if (name == null || !NAME.matcher(name).matches()) {
      throw new SnapshotException(
          ErrorCode.BAD_INPUT, "'" + name + "' is not a valid algorithm or version name");
    }
    return name;
  }
}
