package dev.tailor.mail.dkim;

import dev.tailor.core.ErrorCode;
import dev.tailor.core.TailorException;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import org.simplejavamail.utils.mail.dkim.Canonicalization;
import org.simplejavamail.utils.mail.dkim.DkimException;
import org.simplejavamail.utils.mail.dkim.DkimMessage;
import org.simplejavamail.utils.mail.dkim.DkimSigner;
import org.simplejavamail.utils.mail.dkim.SigningAlgorithm;

/**
 * Signs messages with DKIM (RFC 6376): {@code a=rsa-sha256}, {@code c=relaxed/relaxed}, {@code t=}
 * the message's {@code Date}, {@code h=} the configured headers the message has. The signature is
 * computed by utils-mail-dkim and added as the first header line; the message's own bytes follow
 * unchanged, so a signed {@code .eml} is the unsigned one with one more header on top.
 *
 * <p>Thread-safe: the library's signer keeps its digest and signature state, so each thread signs
 * with its own. The public key is not looked up in DNS (the library's check is off); publishing it
 * at {@code SELECTOR._domainkey.DOMAIN} is the operator's job.
 */
public final class DkimMessageSigner {
  /**
   * The headers utils-mail-dkim signs unless told otherwise; removed so only the configured ones
   * are signed.
   */
  private static final List<String> LIBRARY_DEFAULTS =
      List.of(
          "To",
          "Subject",
          "Content-Description",
          "Content-ID",
          "Content-Type",
          "Content-Transfer-Encoding",
          "Cc",
          "Date",
          "In-Reply-To",
          "List-Subscribe",
          "List-Post",
          "List-Owner",
          "List-Id",
          "List-Archive",
          "List-Help",
          "List-Unsubscribe",
          "MIME-Version",
          "Message-ID",
          "Resent-Sender",
          "Resent-Cc",
          "Resent-Date",
          "Resent-To",
          "Reply-To",
          "References",
          "Resent-Message-ID",
          "Resent-From",
          "Sender");

  private final DkimSettings settings;
  private final Session session = Session.getInstance(new Properties());
  private final ThreadLocal<DkimSigner> signers;

  /**
   * A signer for {@code settings}; one signature is made at once so that a key the JDK cannot use
   * fails here, before anything is sent.
   */
  public DkimMessageSigner(DkimSettings settings) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.signers = ThreadLocal.withInitial(this::newSigner);
    sign(probe());
  }

  public DkimSettings settings() {
    return settings;
  }

  /**
   * {@code eml} (an RFC 5322 message with CRLF line ends) with a {@code DKIM-Signature} header line
   * on top.
   *
   * @throws TailorException {@code RUNTIME} when the message cannot be parsed or signed (it lacks a
   *     From header, say)
   */
  public byte[] sign(byte[] eml) {
    Objects.requireNonNull(eml, "eml");
    byte[] header = signatureLine(eml);
    byte[] out = new byte[header.length + eml.length];
    System.arraycopy(header, 0, out, 0, header.length);
    System.arraycopy(eml, 0, out, header.length, eml.length);
    return out;
  }

  /** The message {@link #sign} gives, parsed, ready for an SMTP transport of {@code session}. */
  public MimeMessage signedMessage(byte[] eml, Session session) {
    try {
      return new MimeMessage(session, new ByteArrayInputStream(sign(eml)));
    } catch (MessagingException e) {
      throw new TailorException(
          ErrorCode.RUNTIME, "cannot read back a DKIM-signed message: " + e.getMessage(), e);
    }
  }

  /** The {@code DKIM-Signature} header line (folded) with its CRLF. */
  private byte[] signatureLine(byte[] eml) {
    ByteArrayOutputStream written = new ByteArrayOutputStream(eml.length + 1024);
    try {
      MimeMessage parsed = new MimeMessage(session, new ByteArrayInputStream(eml));
      new DkimMessage(parsed, signers.get()).writeTo(written);
    } catch (MessagingException | IOException | DkimException e) {
      throw new TailorException(
          ErrorCode.RUNTIME,
          "cannot DKIM-sign a message for " + settings.domain() + ": " + e.getMessage(),
          e);
    }
    byte[] all = written.toByteArray();
    // the signature comes first; it ends at the first CRLF not followed by a folding space or tab
    for (int i = 0; i + 2 < all.length; i++) {
      if (all[i] == '\r' && all[i + 1] == '\n' && all[i + 2] != ' ' && all[i + 2] != '\t') {
        byte[] line = new byte[i + 2];
        System.arraycopy(all, 0, line, 0, i + 2);
        if (!new String(line, 0, 15, StandardCharsets.US_ASCII).equals("DKIM-Signature:")) {
          break;
        }
        return line;
      }
    }
    throw new TailorException(
        ErrorCode.RUNTIME, "the DKIM library wrote no DKIM-Signature header first");
  }

  private DkimSigner newSigner() {
    DkimSigner s;
    try {
      s = new DkimSigner(settings.domain(), settings.selector(), settings.privateKey());
      s.setSigningAlgorithm(SigningAlgorithm.SHA256_WITH_RSA);
    } catch (DkimException e) {
      throw new TailorException(
          ErrorCode.CONFIG,
          "the DKIM key " + settings.keyFile() + " cannot sign: " + e.getMessage(),
          e);
    }
    s.setCheckDomainKey(false);
    s.setHeaderCanonicalization(Canonicalization.RELAXED);
    s.setBodyCanonicalization(Canonicalization.RELAXED);
    LIBRARY_DEFAULTS.forEach(s::removeHeaderToSign);
    settings.signedHeaders().forEach(s::addHeaderToSign);
    return s;
  }

  private byte[] probe() {
    String eml =
        "From: <probe@"
            + settings.domain()
            + ">\r\nTo: <probe@"
            + settings.domain()
            + ">\r\nDate: Thu, 1 Jan 2026 00:00:00 +0000\r\nSubject: probe\r\n\r\nprobe\r\n";
    return eml.getBytes(StandardCharsets.US_ASCII);
  }
}
