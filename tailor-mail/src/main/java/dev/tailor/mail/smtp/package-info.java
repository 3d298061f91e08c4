/**
 * SMTP delivery with Angus Mail: {@link dev.tailor.mail.smtp.SmtpMailTransport} with a shared
 * connection pool, a rate limit per second and per hour, retries with backoff, and bounces reported
 * per recipient; configured by {@link dev.tailor.mail.smtp.SmtpSettings}.
 */
package dev.tailor.mail.smtp;
