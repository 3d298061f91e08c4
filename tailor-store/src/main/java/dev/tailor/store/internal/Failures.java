package dev.tailor.store.internal;

import dev.tailor.core.ErrorCode;
import dev.tailor.core.TailorException;

/** Turns database exceptions into {@link TailorException}s that never reveal a password. */
public final class Failures {
  private Failures() {}

  /**
   * A STORE failure: {@code message}, then the innermost cause's message with secrets hidden. The
   * cause is attached only when no message in its chain reveals a secret.
   */
  public static TailorException store(DatabaseUrl url, String message, Throwable cause) {
    Throwable root = cause;
    boolean reveals = false;
    for (Throwable t = cause; t != null; t = t.getCause()) {
      reveals |= url.reveals(t.getMessage()) || url.reveals(String.valueOf(t));
      root = t;
    }
    String detail = root == null ? "" : ": " + url.redact(String.valueOf(root.getMessage()));
    return reveals
        ? new TailorException(ErrorCode.STORE, message + detail)
        : new TailorException(ErrorCode.STORE, message + detail, cause);
  }
}
