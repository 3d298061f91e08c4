package dev.tailor.reco.snapshot;

import dev.tailor.core.ErrorCode;
import dev.tailor.core.TailorException;

/** A model snapshot could not be written, found or read; the message names the file. */
public class SnapshotException extends TailorException {
  private static final long serialVersionUID = 1L;

  public SnapshotException(ErrorCode code, String message) {
    super(code, message);
  }

  public SnapshotException(ErrorCode code, String message, Throwable cause) {
    super(code, message, cause);
  }
}
