package dev.tailor.ingest;

import java.util.Objects;

/**
 * A row that was not imported, and why.
 *
 * @param file the file name (without folder)
 * @param line the 1-based line where the row starts
 * @param field the field at fault: the column of an interchange file, {@code target.field} for a
 *     mapped source (e.g. {@code events.timestamp}; the source column when its bytes are not
 *     UTF-8), or empty when the whole row is at fault
 * @param reason what is wrong
 * @param raw the row as read (the JSON line, or the record re-encoded as CSV)
 */
public record Reject(String file, long line, String field, String reason, String raw) {
  public Reject {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(raw, "raw");
  }

  /** {@code file:line field: reason}, as the command prints it. */
  public String describe() {
    return file + ":" + line + " " + (field.isEmpty() ? "" : field + ": ") + reason;
  }
}
