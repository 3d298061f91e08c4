package dev.tailor.mail.mime;

import dev.tailor.core.ErrorCode;
import dev.tailor.core.TailorException;
import dev.tailor.core.mail.OutgoingEmail;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.Date;
import java.util.Enumeration;
import java.util.Map;

/**
 * Writes an email as {@code .eml} bytes: the same header lines, in the same order, as {@link
 * MimeEmailBuilder#build} gives Jakarta Mail (a header-only {@link MimeMessage} formats them), and
 * the same {@code multipart/alternative} structure, but the bodies are encoded by {@link
 * BodyEncoding} straight into one byte buffer. Jakarta Mail's {@code writeTo} pushes a body through
 * a writer and filter streams a byte at a time and looks its stream provider up on every message,
 * which made it most of the cost of an outbox file. The boundary is derived from the message id
 * (the same email gives the same bytes) and checked against the bodies.
 */
final class EmlWriter {
  private byte[] buf;
  private int count;

  private EmlWriter(int capacity) {
    buf = new byte[capacity];
  }

  static byte[] write(OutgoingEmail email, Session session, Clock clock) {
    InternetAddress to = MimeEmailBuilder.recipient(email.to());
    InternetAddress from = MimeEmailBuilder.sender(email.from());
    BodyEncoding.Encoded text = BodyEncoding.encode(email.text());
    BodyEncoding.Encoded html = email.html().isEmpty() ? null : BodyEncoding.encode(email.html());
    boolean both = html != null && text.body().length > 0;
    BodyEncoding.Encoded single = html != null ? html : text;
    String subtype = html != null ? "html" : "plain";
    String boundary = both ? boundary(email.messageId(), text, html) : null;
    try {
      MimeMessage headers = new MimeMessage(session); // holds headers only; never saved
      headers.setFrom(from);
      headers.setRecipient(Message.RecipientType.TO, to);
      headers.setHeader("Subject", EncodedWords.headerValue("Subject", email.subject()));
      headers.setSentDate(Date.from(clock.instant()));
      for (Map.Entry<String, String> h : email.headers().entrySet()) {
        headers.addHeader(h.getKey(), EncodedWords.headerValue(h.getKey(), h.getValue()));
      }
      headers.setHeader(
          MimeEmailBuilder.TAILOR_MESSAGE_HEADER,
          EncodedWords.headerValue(MimeEmailBuilder.TAILOR_MESSAGE_HEADER, email.messageId()));
      headers.setHeader("Message-ID", MimeEmailBuilder.messageIdHeader(email));
      headers.setHeader("MIME-Version", "1.0");
      if (both) {
        headers.setHeader(
            "Content-Type", "multipart/alternative; \r\n\tboundary=\"" + boundary + "\"");
      } else {
        headers.setHeader("Content-Type", "text/" + subtype + "; charset=UTF-8");
        headers.setHeader("Content-Transfer-Encoding", single.name());
      }
      int size = text.body().length + (html == null ? 0 : html.body().length) + 4096;
      EmlWriter out = new EmlWriter(size);
      for (Enumeration<String> lines = headers.getAllHeaderLines(); lines.hasMoreElements(); ) {
        out.line(lines.nextElement());
      }
      out.line("");
      if (both) {
        out.part(boundary, text, "plain");
        out.part(boundary, html, "html");
        out.line("--" + boundary + "--");
      } else {
        out.bytes(single.body());
      }
      return Arrays.copyOf(out.buf, out.count);
    } catch (MessagingException e) {
      throw new TailorException(
          ErrorCode.BAD_INPUT,
          "cannot build the MIME message of " + email.messageId() + ": " + e.getMessage(),
          e);
    }
  }

  /**
   * {@code ----=_Tailor_} and a hash of the message id. Quoted-printable and base64 bodies can
   * never hold {@code =_}; a 7bit body could, so it is checked and the boundary changed until it is
   * not.
   */
  private static String boundary(
      String messageId, BodyEncoding.Encoded text, BodyEncoding.Encoded html) {
    long h = messageId.hashCode() * 0x9E3779B97F4A7C15L;
    for (int salt = 0; ; salt++) {
      String b = "----=_Tailor_" + Long.toHexString(h + salt) + "." + messageId.length();
      if (!holds(text, b) && !holds(html, b)) {
        return b;
      }
    }
  }

  private static boolean holds(BodyEncoding.Encoded body, String boundary) {
    return body.name().equals("7bit")
        && new String(body.body(), StandardCharsets.ISO_8859_1).contains("--" + boundary);
  }

  /** One body part, as Jakarta Mail's multipart writes a pre-encoded part. */
  private void part(String boundary, BodyEncoding.Encoded body, String subtype) {
    line("--" + boundary);
    line("Content-Type: text/" + subtype + "; charset=UTF-8");
    line("Content-Transfer-Encoding: " + body.name());
    line("");
    bytes(body.body());
    line("");
  }

  private void line(String s) {
    ensure(s.length() * 3 + 2);
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    System.arraycopy(b, 0, buf, count, b.length);
    count += b.length;
    buf[count++] = '\r';
    buf[count++] = '\n';
  }

  private void bytes(byte[] b) {
    ensure(b.length);
    System.arraycopy(b, 0, buf, count, b.length);
    count += b.length;
  }

  private void ensure(int more) {
    if (buf.length - count < more) {
      buf = Arrays.copyOf(buf, Math.max(buf.length * 2, count + more));
    }
  }
}
