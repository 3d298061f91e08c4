/**
 * {@code tailor serve}: the HTTP server on the configured store, with the import's parsers
 * validating submitted rows, the latest model snapshots and the strategies folder serving
 * recommendations, and the dashboard's data.
 */
package dev.tailor.app.serve;
