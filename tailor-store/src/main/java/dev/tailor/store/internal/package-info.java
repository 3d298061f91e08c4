/**
 * Plumbing shared by the JDBC repositories, not part of the module's API: the {@link
 * dev.tailor.store.internal.Database} (JDBI, connection pool, dialect, error translation), URL
 * parsing that never leaks credentials, the named-query loader, and the codecs for times, prices
 * and JSON text.
 */
package dev.tailor.store.internal;
