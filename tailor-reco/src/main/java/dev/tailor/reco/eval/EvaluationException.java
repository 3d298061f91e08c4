package dev.tailor.reco.eval;

import dev.tailor.core.ErrorCode;
import dev.tailor.core.TailorException;

/**
 * An offline evaluation or tuning run cannot go on: a bad split spec, a split that leaves nothing
 * to train on or to test, or a recommendation file that cannot be written.
 */
public class EvaluationException extends TailorException {
  private static final long serialVersionUID = 1L;

  public EvaluationException(ErrorCode code, String message) {
    super(code, message);
  }

  public EvaluationException(ErrorCode code, String message, Throwable cause) {
    super(code, message, cause);
  }

  static EvaluationException badInput(String message) {
    return new EvaluationException(ErrorCode.BAD_INPUT, message);
  }
}
