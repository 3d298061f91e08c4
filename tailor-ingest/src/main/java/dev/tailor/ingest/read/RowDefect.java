package dev.tailor.ingest.read;

import java.util.Objects;

/**
 * Why a row cannot be used at all, found while reading it.
 *
 * @param field the field concerned, or the empty string when the whole row is at fault
 * @param reason what is wrong, e.g. {@code expected 8 columns, found 7}
 */
public record RowDefect(String field, String reason) {
  public RowDefect {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(reason, "reason");
  }

  /** The reason given for text that was not valid UTF-8. */
  public static RowDefect invalidUtf8(String field) {
    return new RowDefect(field, "invalid UTF-8 (undecodable bytes)");
  }
}
