package dev.tailor.ingest.interchange;

import dev.tailor.core.ErrorCode;
import dev.tailor.core.TailorException;

/**
 * One field of one row cannot be used; the row is rejected. Thrown often on bad files, so it
 * carries no stack trace.
 */
public class FieldException extends TailorException {
  private static final long serialVersionUID = 1L;

  private final String field;
  private final String reason;

  /**
   * @param field the field at fault, or the empty string for the row as a whole
   * @param reason what is wrong, e.g. {@code not a number: 'abc'}
   */
  public FieldException(String field, String reason) {
    super(ErrorCode.BAD_INPUT, field.isEmpty() ? reason : field + ": " + reason);
    this.field = field;
    this.reason = reason;
  }

  public String field() {
    return field;
  }

  public String reason() {
    return reason;
  }

  @Override
  public synchronized Throwable fillInStackTrace() {
    return this;
  }
}
