package dev.tailor.mail;

import dev.tailor.testkit.contract.MailTransportContract.Received;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Header;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/** Reads MIME messages back into the contract's {@link Received} form. */
public final class MimeReading {
  private MimeReading() {}

  public static MimeMessage parse(byte[] bytes) {
    try (InputStream in = new ByteArrayInputStream(bytes)) {
      return new MimeMessage(Session.getInstance(new Properties()), in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  public static MimeMessage parse(Path file) {
    try {
      return parse(Files.readAllBytes(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Received received(MimeMessage m) {
    try {
      Map<String, String> headers = new LinkedHashMap<>();
      Enumeration<Header> all = m.getAllHeaders();
      while (all.hasMoreElements()) {
        Header h = all.nextElement();
        headers.put(h.getName(), MimeUtility.decodeText(MimeUtility.unfold(h.getValue())));
      }
      String[] bodies = new String[2];
      collect(m, bodies);
      return new Received(
          headers.get("X-Tailor-Message"),
          address(m.getFrom()),
          address(m.getAllRecipients()),
          m.getSubject(),
          bodies[1] == null ? "" : bodies[1],
          bodies[0] == null ? "" : bodies[0],
          headers);
    } catch (MessagingException | IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String address(Address[] addresses) {
    if (addresses == null || addresses.length != 1) {
      throw new IllegalStateException("expected one address, got " + addresses);
    }
    return ((InternetAddress) addresses[0]).toUnicodeString();
  }

  private static void collect(Part part, String[] bodies) throws MessagingException, IOException {
    if (part.isMimeType("multipart/*")) {
      Multipart mp = (Multipart) part.getContent();
      for (int i = 0; i < mp.getCount(); i++) {
        BodyPart child = mp.getBodyPart(i);
        collect(child, bodies);
      }
    } else if (part.isMimeType("text/plain")) {
      bodies[0] = (String) part.getContent();
    } else if (part.isMimeType("text/html")) {
      bodies[1] = (String) part.getContent();
    }
  }
}
