/**
 * {@code tailor evaluate --off-policy}: re-decides past sends with a new strategy and estimates the
 * click rate it would have had from the logged propensities.
 */
package dev.tailor.app.offpolicy;
