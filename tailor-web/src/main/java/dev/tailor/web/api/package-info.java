/**
 * The JSON API under {@code /v1}: events in ({@code POST /v1/track}), customers ({@code POST
 * /v1/identify}), the catalog ({@code PUT /v1/products}) and recommendations out ({@code GET
 * /v1/recommendations}). Rows are validated by a {@link dev.tailor.web.api.RecordReader} (the
 * import's parsers, wired in by the application) and recommendations come from a {@link
 * dev.tailor.web.api.RecommendationService}, so this package knows HTTP and JSON only.
 */
package dev.tailor.web.api;
