/**
 * MIME building: {@link dev.tailor.mail.mime.MimeEmailBuilder} turns an {@link
 * dev.tailor.core.mail.OutgoingEmail} into a {@code multipart/alternative} UTF-8 message with a
 * stable {@code Message-ID}, shared by the SMTP and outbox transports.
 */
package dev.tailor.mail.mime;
