package dev.tailor.ingest;

import dev.tailor.ingest.interchange.InterchangeFolder;
import dev.tailor.ingest.interchange.Repeats;
import dev.tailor.ingest.interchange.Target;
import dev.tailor.ingest.mapping.Mapping;
import dev.tailor.ingest.mapping.SourceMapping;
import dev.tailor.ingest.mapping.TargetMapping;
import dev.tailor.ingest.read.Format;
import dev.tailor.ingest.read.Header;
import dev.tailor.ingest.read.ReadException;
import dev.tailor.ingest.read.RowReader;
import dev.tailor.ingest.read.RowReaders;
import dev.tailor.ingest.read.SourceFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The files an import will read, in order, and what each feeds; checked before anything is written.
 *
 * @param steps the files in import order
 * @param ignored names of the folder's other entries
 */
record Plan(List<Step> steps, List<String> ignored) {

  /** One file and the targets it feeds, in target order. */
  record Step(SourceFile file, List<Feed> feeds) {}

  /** One target of a file, through a mapping or not; {@code repeats} is how ids repeat. */
  record Feed(Target target, Optional<TargetMapping> mapping, Repeats repeats) {}

  /** The interchange files of {@code dir}. */
  static Plan interchange(Path dir) {
    InterchangeFolder.Contents contents = InterchangeFolder.scan(dir);
    List<Step> steps = new ArrayList<>();
    for (InterchangeFolder.Found f : contents.files()) {
      steps.add(new Step(f.file(), List.of(new Feed(f.target(), Optional.empty(), Repeats.LAST))));
    }
    return new Plan(steps, contents.ignored());
  }

  /** The files of {@code dir} that {@code mapping}'s sources match, in the mapping's order. */
  static Plan mapped(Path dir, Mapping mapping) {
    if (!Files.isDirectory(dir)) {
      throw new ReadException("not a folder: " + dir.getFileName());
    }
    List<Step> steps = new ArrayList<>();
    Set<Path> used = new HashSet<>();
    for (SourceMapping source : mapping.sources()) {
      List<Feed> feeds =
          source.targets().stream()
              .sorted((a, b) -> a.target().compareTo(b.target()))
              .map(t -> new Feed(t.target(), Optional.of(t), t.repeats()))
              .toList();
      for (Path p : source.find(dir)) {
        steps.add(new Step(source.sourceFile(p), feeds));
        used.add(p);
      }
    }
    List<String> ignored;
    try (Stream<Path> entries = Files.list(dir)) {
      ignored =
          entries
              .filter(p -> !used.contains(p))
              .map(p -> p.getFileName().toString())
              .sorted()
              .toList();
    } catch (IOException e) {
      throw new ReadException("cannot list " + dir.getFileName() + ": " + e.getMessage(), e);
    }
    return new Plan(steps, ignored);
  }

  /**
   * Opens every file and checks its header: readable, required columns present, every mapped column
   * present. JSONL files have no header, so only mapped CSV columns and interchange CSV columns are
   * checked.
   */
  void check() {
    for (Step step : steps) {
      try (RowReader reader = RowReaders.open(step.file())) {
        if (step.file().format() != Format.CSV) {
          continue;
        }
        Header header = reader.header();
        for (Feed feed : step.feeds()) {
          if (feed.mapping().isPresent()) {
            feed.mapping().get().checkColumns(header, step.file().name());
          } else {
            checkRequired(header, feed.target(), step.file().name());
          }
        }
      }
    }
  }

  private static void checkRequired(Header header, Target target, String file) {
    List<String> required =
        switch (target) {
          case PRODUCTS -> List.of("product_id");
          case CUSTOMERS -> List.of("customer_id");
          case EVENTS -> List.of("timestamp", "event");
        };
    for (String column : required) {
      if (!header.contains(column)) {
        throw new ReadException(file + ": the header has no column '" + column + "'");
      }
    }
    if (target == Target.EVENTS
        && !header.contains("customer_id")
        && !header.contains("anonymous_id")) {
      throw new ReadException(file + ": the header needs customer_id or anonymous_id");
    }
  }
}
