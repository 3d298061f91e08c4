/**
 * Fast scoring of factor models: every product for one customer, and the top-N products for every
 * customer at once ({@code tailor recommend --all}) as cache-blocked matrix products with a bounded
 * heap per customer, per-customer exclusions, several threads and results streamed to a callback.
 */
package dev.tailor.reco.batch;
