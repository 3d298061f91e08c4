package dev.tailor.web.api;

import dev.tailor.core.ErrorCode;
import dev.tailor.core.TailorException;

/** One field of a submitted record cannot be used. Carries no stack trace. */
public final class InvalidField extends TailorException {
  private static final long serialVersionUID = 1L;

  private final String field;
  private final String reason;

  /**
   * @param field the field at fault, or the empty string for the record as a whole
   * @param reason what is wrong with it
   */
  public InvalidField(String field, String reason) {
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
