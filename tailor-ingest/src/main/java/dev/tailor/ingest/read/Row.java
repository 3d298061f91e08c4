package dev.tailor.ingest.read;

import java.util.List;
import java.util.Optional;

/**
 * One data row of a source file, with its values looked up by field name. Implementations are cheap
 * views over what the reader parsed; a row is valid only until the reader's next row.
 */
public interface Row {

  /** The 1-based line of the file where the row starts. */
  long line();

  /** The value of {@code name}, or the empty string when the row has no such field. */
  String get(String name);

  /** The field names of this row, in file order. */
  List<String> names();

  /** The row as text, for the rejects file: the JSON line, or the record re-encoded as CSV. */
  String raw();

  /** What makes the whole row unusable (wrong column count, invalid UTF-8, bad JSON), if any. */
  Optional<RowDefect> defect();
}
