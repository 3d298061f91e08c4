package dev.tailor.insights.attribution;

/** The kind of engagement an order is attributed by. */
public enum Touch {
  /** A human click within the click window. */
  CLICK,
  /** A human open within the open window (no click qualified). */
  OPEN
}
