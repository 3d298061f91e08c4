package dev.tailor.mail.mime;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.Date;

/**
 * The {@code Date} header value of a message sent at an instant, exactly as Jakarta Mail's {@code
 * setSentDate} writes it, formatted once per second: the format has no finer field, and Jakarta
 * Mail formats through one shared, locked {@code SimpleDateFormat}, which cost about as much as all
 * the other header lines of an outbox file together. Thread-safe.
 */
final class DateHeaders {
  /** The second and its header value, replaced together. */
  private record Formatted(long second, String value) {}

  private volatile Formatted last = new Formatted(Long.MIN_VALUE, "");

  String header(Instant at, Session session) throws MessagingException {
    long second = at.getEpochSecond();
    Formatted f = last;
    if (f.second() != second) {
      MimeMessage m = new MimeMessage(session); // formats as the message itself would
      m.setSentDate(Date.from(Instant.ofEpochSecond(second)));
      f = new Formatted(second, m.getHeader("Date", null));
      last = f;
    }
    return f.value();
  }
}
