package dev.tailor.core;

/** What kind of failure a {@link TailorException} reports. */
public enum ErrorCode {
  /** The caller gave input that cannot be used (a file, a field, an option). */
  BAD_INPUT,
  /** Something asked for does not exist. */
  NOT_FOUND,
  /** The configuration is invalid. */
  CONFIG,
  /** The store failed or is unreachable. */
  STORE,
  /** Any other failure while doing the work. */
  RUNTIME;

  /** True when the failure is the caller's to fix (bad input, missing thing, bad config). */
  public boolean isUserError() {
    return this == BAD_INPUT || this == NOT_FOUND || this == CONFIG;
  }
}
