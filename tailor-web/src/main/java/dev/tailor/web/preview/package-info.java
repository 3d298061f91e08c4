/**
 * {@code GET /v1/preview}: the email a subscriber gets, or would get, in a campaign, through the
 * {@link dev.tailor.web.preview.CampaignPreviews} port the application implements.
 */
package dev.tailor.web.preview;
