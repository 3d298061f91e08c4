/**
 * Batched, idempotent writes through the store ports: {@link dev.tailor.ingest.load.UpsertSink} for
 * products and customers, {@link dev.tailor.ingest.load.EventSink} for events and the identity
 * links of {@code identify} events. Each batch is one port call, hence one transaction.
 */
package dev.tailor.ingest.load;
