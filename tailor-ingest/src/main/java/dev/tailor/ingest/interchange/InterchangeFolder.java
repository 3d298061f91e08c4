package dev.tailor.ingest.interchange;

import dev.tailor.ingest.read.Format;
import dev.tailor.ingest.read.ReadException;
import dev.tailor.ingest.read.SourceFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds the interchange files of a folder: {@code products}, {@code customers} and {@code events},
 * each as {@code .csv} or {@code .jsonl}, optionally gzipped ({@code events.csv.gz}). Names are
 * matched exactly (lower case). Everything else in the folder is listed as ignored.
 */
public final class InterchangeFolder {
  private InterchangeFolder() {}

  /**
   * One interchange file found.
   *
   * @param target what it holds
   * @param file how to read it
   */
  public record Found(Target target, SourceFile file) {}

  /**
   * What a folder holds.
   *
   * @param files the interchange files in import order: products, customers, events, then by name
   * @param ignored the names of the other entries, sorted
   */
  public record Contents(List<Found> files, List<String> ignored) {
    public Contents {
      files = List.copyOf(files);
      ignored = List.copyOf(ignored);
    }
  }

  /**
   * Lists {@code dir}.
   *
   * @throws ReadException when it is not a readable folder
   */
  public static Contents scan(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new ReadException("not a folder: " + dir.getFileName());
    }
    List<Found> found = new ArrayList<>();
    List<String> ignored = new ArrayList<>();
    try (Stream<Path> entries = Files.list(dir)) {
      for (Path p : entries.sorted().toList()) {
        Optional<Found> f = Files.isRegularFile(p) ? recognize(p) : Optional.empty();
        f.ifPresentOrElse(found::add, () -> ignored.add(p.getFileName().toString()));
      }
    } catch (IOException e) {
      throw new ReadException("cannot list " + dir.getFileName() + ": " + e.getMessage(), e);
    }
    found.sort(
        Comparator.comparing(Found::target).thenComparing(f -> f.file().path().getFileName()));
    return new Contents(found, ignored);
  }

  /** The target and format of an interchange file name, e.g. {@code events.jsonl.gz}. */
  public static Optional<Found> recognize(Path path) {
    String name = path.getFileName().toString();
    String base = name.endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
    for (Target t : Target.values()) {
      for (Format f : Format.values()) {
        if (base.equals(t.fileStem() + "." + f.extension())) {
          return Optional.of(new Found(t, SourceFile.of(path, f)));
        }
      }
    }
    return Optional.empty();
  }
}
