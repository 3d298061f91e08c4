package dev.tailor.ingest.read;

import dev.tailor.core.ErrorCode;
import dev.tailor.core.TailorException;

/** A source file that cannot be read at all: missing, unreadable, no header, bad header. */
public class ReadException extends TailorException {
  private static final long serialVersionUID = 1L;

  public ReadException(String message) {
    super(ErrorCode.BAD_INPUT, message);
  }

  public ReadException(String message, Throwable cause) {
    super(ErrorCode.BAD_INPUT, message, cause);
  }
}
