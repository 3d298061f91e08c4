package dev.tailor.ingest.mapping;

import dev.tailor.ingest.read.Format;
import dev.tailor.ingest.read.SourceFile;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One kind of foreign file and the targets it feeds.
 *
 * @param mapping the mapping's name, for messages
 * @param key where it is in the mapping file, e.g. {@code sources[0]}
 * @param glob file-name pattern within the import folder, e.g. {@code online-retail.csv*}
 * @param format the format, when not told by the file extension
 * @param delimiter the CSV field separator
 * @param optional true when the import goes on without a matching file
 * @param targets what each row feeds, in import order (products, customers, events)
 */
public record SourceMapping(
    String mapping,
    String key,
    String glob,
    Optional<Format> format,
    char delimiter,
    boolean optional,
    List<TargetMapping> targets) {

  public SourceMapping {
    targets = List.copyOf(targets);
  }

  /**
   * The regular files of {@code dir} whose name matches the glob, sorted by name.
   *
   * @throws MappingException when none matches and the source is not optional
   */
  public List<Path> find(Path dir) {
    PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + glob);
    List<Path> found;
    try (Stream<Path> files = Files.list(dir)) {
      found =
          files
              .filter(Files::isRegularFile)
              .filter(p -> matcher.matches(p.getFileName()))
              .sorted()
              .toList();
    } catch (IOException e) {
      throw new MappingException("cannot list " + dir.getFileName() + ": " + e.getMessage(), e);
    }
    if (found.isEmpty() && !optional) {
      throw MappingException.at(mapping, key + ".file", "no file matches '" + glob + "'");
    }
    return found;
  }

  /** How to read {@code path}. */
  public SourceFile sourceFile(Path path) {
    String name = path.getFileName().toString();
    Format f =
        format
            .or(() -> Format.ofFileName(name))
            .orElseThrow(
                () ->
                    MappingException.at(
                        mapping,
                        key + ".format",
                        "cannot tell the format of " + name + "; set format: csv or jsonl"));
    return new SourceFile(path, f, delimiter);
  }
}
