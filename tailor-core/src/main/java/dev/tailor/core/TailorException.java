package dev.tailor.core;

/**
 * The one unchecked exception every Tailor failure extends. It carries an {@link ErrorCode} that
 * only the outer layers (the command and the HTTP server) turn into exit codes or HTTP statuses.
 */
public class TailorException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final ErrorCode code;

  public TailorException(ErrorCode code, String message) {
    super(message);
    this.code = code;
  }

  public TailorException(ErrorCode code, String message, Throwable cause) {
    super(message, cause);
    this.code = code;
  }

  public ErrorCode code() {
    return code;
  }
}
