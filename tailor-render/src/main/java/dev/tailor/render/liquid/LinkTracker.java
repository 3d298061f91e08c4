package dev.tailor.render.liquid;

/**
 * Tracks one message's links during the render: compiled layouts pass every {@code href} value
 * through the {@code tailor_track} filter, which finds this in the model under {@code
 * tailor_links}. Without one the filter returns its input.
 */
@FunctionalInterface
public interface LinkTracker {
  /** The model variable the filter reads. */
  String VARIABLE = "tailor_links";

  /** An {@code href} value as rendered (HTML-escaped) to the value to write (HTML-escaped). */
  String track(String hrefValue);
}
