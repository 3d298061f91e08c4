/**
 * Who may use the HTTP API and the dashboard: API keys (public keys may only send events, private
 * keys may do everything) and dashboard users. Only hashes are stored: a key's SHA-256, a
 * password's PBKDF2 digest. The hashing itself lives where the keys are checked ({@code
 * tailor-web}).
 */
package dev.tailor.core.access;
