package dev.tailor.mail.mime;

import dev.tailor.core.ErrorCode;
import dev.tailor.core.TailorException;

/** A recipient address that cannot be parsed: transports report it as a bounce. */
public final class InvalidAddressException extends TailorException {
  private static final long serialVersionUID = 1L;

  public InvalidAddressException(String message, Throwable cause) {
    super(ErrorCode.BAD_INPUT, message, cause);
  }
}
