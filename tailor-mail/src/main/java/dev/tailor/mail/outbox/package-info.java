/**
 * The outbox: {@link dev.tailor.mail.outbox.OutboxMailTransport} writes one {@code .eml} file per
 * message into a folder, atomically and idempotently.
 */
package dev.tailor.mail.outbox;
