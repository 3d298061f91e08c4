/**
 * Sending: the {@link dev.tailor.core.mail.MailTransport} port that every delivery channel (SMTP,
 * an outbox folder, an ESP export) implements, and the message and result records it speaks.
 */
package dev.tailor.core.mail;
