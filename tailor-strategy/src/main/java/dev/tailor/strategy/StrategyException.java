package dev.tailor.strategy;

import dev.tailor.core.ErrorCode;
import dev.tailor.core.TailorException;

/** A strategy that cannot be used: a bad file (with file, line and key), or a missing model. */
public class StrategyException extends TailorException {
  private static final long serialVersionUID = 1L;

  public StrategyException(ErrorCode code, String message) {
    super(code, message);
  }

  /** A bad strategy file: {@code file:line: key: message}. */
  public static StrategyException at(String file, int line, String key, String message) {
    return new StrategyException(
        ErrorCode.BAD_INPUT, file + ":" + line + ": " + key + ": " + message);
  }
}
