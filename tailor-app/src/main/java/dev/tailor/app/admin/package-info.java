/**
 * {@code tailor admin}: dashboard users ({@code create}) and API keys ({@code key create|list|
 * revoke}). Secrets are printed once and stored only as hashes.
 */
package dev.tailor.app.admin;
