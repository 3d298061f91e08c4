/**
 * The event log in SQL: {@link dev.tailor.store.event.JdbiEventRepository}, with batch appends
 * tuned per dialect and aggregates computed by the database.
 */
package dev.tailor.store.event;
