package dev.tailor.insights.engagement;

/** What a tracking hit recorded. */
public enum HitKind {
  /** The open pixel was fetched. */
  OPEN,
  /** A tracked link was followed. */
  CLICK
}
