package dev.tailor.ingest;

import dev.tailor.ingest.interchange.FieldException;
import dev.tailor.ingest.interchange.RecordParser;
import dev.tailor.ingest.interchange.Target;
import dev.tailor.ingest.load.BatchSink;
import dev.tailor.ingest.load.Counts;
import dev.tailor.ingest.mapping.TargetMapping;
import dev.tailor.ingest.read.Row;
import java.util.Optional;

/**
 * The path of a file's rows into one target: map (when the file is mapped), parse, then batch.
 *
 * @param <T> the record type of the target
 */
final class Lane<T> {
  private final String file;
  private final Target target;
  private final Optional<TargetMapping> mapping;
  private final RecordParser<T> parser;
  private final BatchSink<T> sink;
  private final Counts counts = new Counts();
  private final String fieldPrefix;

  Lane(
      String file,
      Target target,
      Optional<TargetMapping> mapping,
      RecordParser<T> parser,
      SinkFactory<T> sinks) {
    this.file = file;
    this.target = target;
    this.mapping = mapping;
    this.parser = parser;
    this.sink = sinks.create(counts);
    this.fieldPrefix = mapping.isPresent() ? target.fileStem() + "." : "";
  }

  /** Makes the sink of a lane once its counts exist. */
  @FunctionalInterface
  interface SinkFactory<T> {
    BatchSink<T> create(Counts counts);
  }

  Target target() {
    return target;
  }

  Counts counts() {
    return counts;
  }

  BatchSink<T> sink() {
    return sink;
  }

  /** Takes a row without defect: maps, parses and batches it, or records why not. */
  void accept(Row row, RejectLog rejects) {
    counts.row();
    try {
      Row interchange = row;
      if (mapping.isPresent()) {
        TargetMapping.Outcome outcome = mapping.get().map(row, file);
        if (outcome.row().isEmpty()) {
          counts.skipped(outcome.skipReason());
          return;
        }
        interchange = outcome.row().get();
      }
      sink.add(parser.parse(interchange));
    } catch (FieldException e) {
      counts.rejected();
      String field = e.field().isEmpty() ? "" : fieldPrefix + e.field();
      rejects.add(new Reject(file, row.line(), field, e.reason(), row.raw()));
    }
  }

  /** Counts a row that could not be read at all. */
  void defective() {
    counts.row();
    counts.rejected();
  }
}
