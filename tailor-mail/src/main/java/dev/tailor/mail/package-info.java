/**
 * Delivery adapters of the {@link dev.tailor.core.mail.MailTransport} port: {@link
 * dev.tailor.mail.MailTransports} builds one from {@link dev.tailor.mail.DeliverySettings}.
 */
package dev.tailor.mail;
