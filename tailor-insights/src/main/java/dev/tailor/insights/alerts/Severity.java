package dev.tailor.insights.alerts;

/** How urgent an alert is. */
public enum Severity {
  /** Worth a look today. */
  WARNING,
  /** Something is broken or harming recipients now. */
  CRITICAL
}
