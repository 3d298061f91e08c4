package dev.tailor.mail.mime;

import dev.tailor.core.ErrorCode;
import dev.tailor.core.TailorException;
import dev.tailor.core.mail.OutgoingEmail;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.Map;

/**
 * Writes an email as {@code .eml} bytes: the same header lines, in the same order, as {@link
 * MimeEmailBuilder#build} gives Jakarta Mail (a header-only {@link MimeMessage} formats them), and
 * the same {@code multipart/alternative} structure, but the bodies are encoded by {@link
 * BodyEncoding} and copied once into an array of the exact size, or handed over as they are for a
 * gathering write ({@link #pieces}). Jakarta Mail's {@code writeTo} pushes a body through a writer
 * and filter streams a byte at a time and looks its stream provider up on every message, which made
 * it most of the cost of an outbox file. The boundary is derived from the message id (the same
 * email gives the same bytes) and checked against the bodies.
 */
final class EmlWriter {
  private static final DateHeaders DATES = new DateHeaders();

  private byte[] buf;
  private int count;

  private EmlWriter(int capacity) {
    buf = new byte[capacity];
  }

  static byte[] write(OutgoingEmail email, Session session, Clock clock) {
    ByteBuffer[] pieces = pieces(email, session, clock);
    int size = 0;
    for (ByteBuffer b : pieces) {
      size += b.remaining();
    }
    byte[] out = new byte[size];
    int at = 0;
    for (ByteBuffer b : pieces) {
      System.arraycopy(b.array(), b.arrayOffset() + b.position(), out, at, b.remaining());
      at += b.remaining();
    }
    return out;
  }

  /**
   * The bytes {@link #write} gives, as the pieces they are made of (header lines, part headers,
   * bodies, closing delimiter), wrapping the encoded arrays without copying them: for a gathering
   * write.
   */
  static ByteBuffer[] pieces(OutgoingEmail email, Session session, Clock clock) {
    InternetAddress to = MimeEmailBuilder.recipient(email.to());
    InternetAddress from = MimeEmailBuilder.sender(email.from());
    BodyEncoding.Encoded text = BodyEncoding.encode(email.text());
    BodyEncoding.Encoded html = email.html().isEmpty() ? null : BodyEncoding.encode(email.html());
    boolean both = html != null && text.body().length > 0;
    BodyEncoding.Encoded single = html != null ? html : text;
    String subtype = html != null ? "html" : "plain";
    String boundary = both ? boundary(email, text, html) : null;
    try {
      MimeMessage headers = new MimeMessage(session); // holds headers only; never saved
      headers.setFrom(from);
      headers.setRecipient(Message.RecipientType.TO, to);
      headers.setHeader("Subject", EncodedWords.headerValue("Subject", email.subject()));
      headers.setHeader("Date", DATES.header(clock.instant(), session));
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
      EmlWriter head = new EmlWriter(1024);
      for (Enumeration<String> lines = headers.getAllHeaderLines(); lines.hasMoreElements(); ) {
        head.line(lines.nextElement());
      }
      head.line("");
      if (!both) {
        return new ByteBuffer[] {head.buffer(), ByteBuffer.wrap(single.body())};
      }
      return multipart(head, boundary, text, html);
    } catch (MessagingException e) {
      throw new TailorException(
          ErrorCode.BAD_INPUT,
          "cannot build the MIME message of " + email.messageId() + ": " + e.getMessage(),
          e);
    }
  }

  /** The header lines, then both parts and the closing delimiter. */
  private static ByteBuffer[] multipart(
      EmlWriter head, String boundary, BodyEncoding.Encoded text, BodyEncoding.Encoded html) {
    EmlWriter textHead = partHead(boundary, text, "plain", true);
    EmlWriter htmlHead = partHead(boundary, html, "html", false);
    byte[] end = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII);
    return new ByteBuffer[] {
      head.buffer(),
      textHead.buffer(),
      ByteBuffer.wrap(text.body()),
      htmlHead.buffer(),
      ByteBuffer.wrap(html.body()),
      ByteBuffer.wrap(end)
    };
  }

  /**
   * {@code ----=_Tailor_} and a hash of the message id. Quoted-printable and base64 bodies can
   * never hold {@code =_}; a 7bit body could, so it is checked and the boundary changed until it is
   * not.
   */
  private static String boundary(
      OutgoingEmail email, BodyEncoding.Encoded text, BodyEncoding.Encoded html) {
    String messageId = email.messageId();
    long h = messageId.hashCode() * 0x9E3779B97F4A7C15L;
    for (int salt = 0; ; salt++) {
      String b = "----=_Tailor_" + Long.toHexString(h + salt) + "." + messageId.length();
      if (!holds(text, email.text(), b) && !holds(html, email.html(), b)) {
        return b;
      }
    }
  }

  /**
   * Whether the body holds the boundary's delimiter. A 7bit body is its text, ASCII, with CRLF for
   * each line break, and the delimiter has no line break: the text holds it exactly when the body
   * does, and is searched instead, as a string.
   */
  private static boolean holds(BodyEncoding.Encoded body, String text, String boundary) {
    return body.name().equals("7bit") && contains(text, "--" + boundary);
  }

  /**
   * Whether {@code hay} holds {@code needle}, a boundary delimiter: candidates are found by its
   * {@code _} (rare in text and HTML, unlike the dashes and {@code =} before it) with {@link
   * String#indexOf(int, int)}, which the JVM runs on many characters at a time, and then compared
   * whole.
   */
  static boolean contains(String hay, String needle) {
    int anchor = needle.indexOf('_');
    if (anchor < 0) {
      return hay.contains(needle);
    }
    for (int i = hay.indexOf('_', anchor); i >= 0; i = hay.indexOf('_', i + 1)) {
      if (hay.startsWith(needle, i - anchor)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The lines that open a body part, as Jakarta Mail's multipart writes a pre-encoded part: the
   * delimiter, its headers and the blank line; the body and a CRLF follow. After the first part,
   * that CRLF of the part before comes first.
   */
  private static EmlWriter partHead(
      String boundary, BodyEncoding.Encoded body, String subtype, boolean first) {
    EmlWriter w = new EmlWriter(160);
    if (!first) {
      w.line("");
    }
    w.line("--" + boundary);
    w.line("Content-Type: text/" + subtype + "; charset=UTF-8");
    w.line("Content-Transfer-Encoding: " + body.name());
    w.line("");
    return w;
  }

  /** The bytes written so far. */
  private ByteBuffer buffer() {
    return ByteBuffer.wrap(buf, 0, count);
  }

  private void line(String s) {
    ensure(s.length() * 3 + 2);
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    System.arraycopy(b, 0, buf, count, b.length);
    count += b.length;
    buf[count++] = '\r';
    buf[count++] = '\n';
  }

  private void ensure(int more) {
    if (buf.length - count < more) {
      buf = Arrays.copyOf(buf, Math.max(buf.length * 2, count + more));
    }
  }
}
