package dev.tailor.ingest;

import dev.tailor.core.ErrorCode;
import dev.tailor.core.TailorException;

/**
 * An import that could not start or finish: a missing folder, a file without the required columns,
 * an unusable mapping (all before anything is written), or a store failure mid-import (batches
 * written before it stay; importing again completes the job without duplicates).
 */
public class ImportException extends TailorException {
  private static final long serialVersionUID = 1L;

  public ImportException(ErrorCode code, String message) {
    super(code, message);
  }

  public ImportException(ErrorCode code, String message, Throwable cause) {
    super(code, message, cause);
  }
}
