package dev.tailor.mail.mime;

import dev.tailor.core.ErrorCode;
import dev.tailor.core.TailorException;
import dev.tailor.core.mail.OutgoingEmail;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.PreencodedMimeBodyPart;
import java.io.UnsupportedEncodingException;
import java.net.IDN;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Date;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;

/**
 * Turns an {@link OutgoingEmail} into a MIME message: {@code multipart/alternative} with the text
 * part first and the HTML part second (a single part when the other is empty), both UTF-8 with CRLF
 * line ends and the transfer encoding {@link BodyEncoding} picks from the content (7bit for short
 * ASCII lines, quoted-printable for mostly-ASCII text or long lines, base64 otherwise); the subject
 * and display names RFC 2047-encoded (base64 UTF-8 words; header values too when not plain ASCII);
 * {@code Message-ID} derived from the message id and the sender's domain ({@link
 * #messageIdHeader}); {@code Date} from the clock; the extra headers in order (encoded and folded
 * when needed); and {@code X-Tailor-Message} carrying the message id. Thread-safe.
 */
public final class MimeEmailBuilder {
  /** The header that carries Tailor's message id. */
  public static final String TAILOR_MESSAGE_HEADER = "X-Tailor-Message";

  private static final String UTF_8 = "UTF-8";

  private final Clock clock;
  private final Session session;

  /** A builder that dates messages by {@code clock} and needs no mail server. */
  public MimeEmailBuilder(Clock clock) {
    this(clock, Session.getInstance(new Properties()));
  }

  /** A builder whose messages belong to {@code session} (the SMTP transport's). */
  public MimeEmailBuilder(Clock clock, Session session) {
    this.clock = Objects.requireNonNull(clock, "clock");
    this.session = Objects.requireNonNull(session, "session");
  }

  /**
   * Builds the MIME message of {@code email}.
   *
   * @throws InvalidAddressException when the recipient address cannot be parsed (a bounce, not a
   *     broken channel)
   * @throws TailorException with {@link ErrorCode#BAD_INPUT} when the sender cannot be used
   */
  public MimeMessage build(OutgoingEmail email) {
    Objects.requireNonNull(email, "email");
    InternetAddress to = recipient(email.to());
    InternetAddress from = sender(email.from());
    String messageId = messageIdHeader(email);
    try {
      MimeMessage message = new FixedIdMimeMessage(session, messageId);
      message.setFrom(from);
      message.setRecipient(Message.RecipientType.TO, to);
      message.setHeader("Subject", EncodedWords.headerValue("Subject", email.subject()));
      message.setSentDate(Date.from(clock.instant()));
      for (Map.Entry<String, String> h : email.headers().entrySet()) {
        message.addHeader(h.getKey(), EncodedWords.headerValue(h.getKey(), h.getValue()));
      }
      message.setHeader(
          TAILOR_MESSAGE_HEADER,
          EncodedWords.headerValue(TAILOR_MESSAGE_HEADER, email.messageId()));
      setBody(message, email);
      message.saveChanges();
      return message;
    } catch (MessagingException e) {
      throw new TailorException(
          ErrorCode.BAD_INPUT,
          "cannot build the MIME message of " + email.messageId() + ": " + e.getMessage(),
          e);
    }
  }

  /**
   * The message as RFC 5322 bytes with CRLF line ends, as an {@code .eml} file holds it: what
   * {@link #build} gives, written by {@link EmlWriter} in one pass.
   *
   * @throws InvalidAddressException when the recipient address cannot be parsed
   */
  public byte[] toBytes(OutgoingEmail email) {
    Objects.requireNonNull(email, "email");
    return EmlWriter.write(email, session, clock);
  }

  /**
   * The bytes {@link #toBytes} gives, as the buffers they are made of (headers, part headers,
   * encoded bodies, closing delimiter), for one gathering write: the outbox writes a file from them
   * without first copying the ~100 KB of an email into one array. The buffers are fresh for each
   * call and owned by the caller.
   *
   * @throws InvalidAddressException when the recipient address cannot be parsed
   */
  public ByteBuffer[] toBuffers(OutgoingEmail email) {
    Objects.requireNonNull(email, "email");
    return EmlWriter.pieces(email, session, clock);
  }

  /**
   * The {@code Message-ID} of an email: {@code <tailor.ID@DOMAIN>} where ID is the message id with
   * every character other than ASCII letters, digits, {@code -} and {@code _} written as {@code
   * =XX} (UTF-8 bytes in hex), and DOMAIN the sender's domain in ASCII (IDNA). The same email
   * always gets the same Message-ID, which is what makes retries and re-runs recognisable
   * downstream.
   */
  public static String messageIdHeader(OutgoingEmail email) {
    return "<tailor." + encodeId(email.messageId()) + "@" + senderDomain(email) + ">";
  }

  private static String encodeId(String id) {
    StringBuilder sb = new StringBuilder(id.length() + 8);
    for (byte b : id.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
        sb.append((char) c);
      } else if (c == '-' || c == '_') {
        sb.append((char) c);
      } else {
        sb.append('=').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)));
        sb.append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
      }
    }
    return sb.toString();
  }

  private static String senderDomain(OutgoingEmail email) {
    String address = email.fromAddress();
    String domain = address.substring(address.lastIndexOf('@') + 1);
    try {
      String ascii = IDN.toASCII(domain, IDN.USE_STD3_ASCII_RULES).toLowerCase(Locale.ROOT);
      if (ascii.isEmpty()) {
        throw new IllegalArgumentException("empty domain");
      }
      return ascii;
    } catch (IllegalArgumentException e) {
      throw new TailorException(
          ErrorCode.BAD_INPUT, "the sender's domain '" + domain + "' is not a valid domain", e);
    }
  }

  private static void setBody(MimeMessage message, OutgoingEmail email) throws MessagingException {
    boolean hasText = !email.text().isEmpty();
    boolean hasHtml = !email.html().isEmpty();
    if (hasText && hasHtml) {
      MimeMultipart alternative = new MimeMultipart("alternative");
      alternative.addBodyPart(part(BodyEncoding.encode(email.text()), "plain"));
      alternative.addBodyPart(part(BodyEncoding.encode(email.html()), "html"));
      message.setContent(alternative);
    } else if (hasHtml) {
      message.setText(crlf(email.html()), UTF_8, "html");
    } else {
      message.setText(crlf(email.text()), UTF_8, "plain");
    }
  }

  /** A text part whose body is encoded by {@link BodyEncoding}. */
  private static MimeBodyPart part(BodyEncoding.Encoded encoded, String subtype)
      throws MessagingException {
    MimeBodyPart part = new PreencodedMimeBodyPart(encoded.name());
    part.setText(new String(encoded.body(), StandardCharsets.ISO_8859_1), "us-ascii", subtype);
    part.setHeader("Content-Type", "text/" + subtype + "; charset=UTF-8");
    // set now, or saving the message would scan the whole body again to pick an encoding
    part.setHeader("Content-Transfer-Encoding", encoded.name());
    return part;
  }

  /** Text in MIME's canonical form: every line ends with CRLF, whatever the input used. */
  private static String crlf(String s) {
    if (s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
      return s;
    }
    StringBuilder sb = new StringBuilder(s.length() + 64);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\r') {
        sb.append("\r\n");
        if (i + 1 < s.length() && s.charAt(i + 1) == '\n') {
          i++;
        }
      } else if (c == '\n') {
        sb.append("\r\n");
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  static InternetAddress recipient(String value) {
    try {
      return address(value);
    } catch (AddressException | UnsupportedEncodingException e) {
      throw new InvalidAddressException("the recipient '" + value + "' is not a valid address", e);
    }
  }

  static InternetAddress sender(String value) {
    try {
      return address(value);
    } catch (AddressException | UnsupportedEncodingException e) {
      throw new TailorException(
          ErrorCode.BAD_INPUT, "the sender '" + value + "' is not a valid address", e);
    }
  }

  private static InternetAddress address(String value)
      throws AddressException, UnsupportedEncodingException {
    InternetAddress[] parsed = InternetAddress.parseHeader(value, true);
    if (parsed.length != 1) {
      throw new AddressException("exactly one address expected", value);
    }
    InternetAddress a = parsed[0];
    a.validate();
    String bare = a.getAddress();
    if (!EncodedWords.isPlainAscii(bare)) {
      throw new AddressException("non-ASCII addresses need SMTPUTF8, which is not enabled", value);
    }
    String personal = a.getPersonal();
    return personal == null || personal.isBlank()
        ? new InternetAddress(bare)
        : new InternetAddress(bare, personal, UTF_8);
  }

  /** A message whose Message-ID is fixed instead of generated by {@code saveChanges}. */
  private static final class FixedIdMimeMessage extends MimeMessage {
    private final String messageId;

    FixedIdMimeMessage(Session session, String messageId) {
      super(session);
      this.messageId = messageId;
    }

    @Override
    protected void updateMessageID() throws MessagingException {
      setHeader("Message-ID", messageId);
    }
  }
}
