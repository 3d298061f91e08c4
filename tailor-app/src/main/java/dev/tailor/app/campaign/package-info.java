/**
 * {@code tailor campaign plan|run|resume|status|list}: campaign files run against the store, with
 * decision engines from the latest model snapshots and the transport the file names.
 */
package dev.tailor.app.campaign;
