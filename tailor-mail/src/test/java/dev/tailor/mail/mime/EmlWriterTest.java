package dev.tailor.mail.mime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tailor.core.mail.OutgoingEmail;
import dev.tailor.testkit.FixedClock;
import jakarta.mail.Header;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The .eml bytes written in one pass equal what Jakarta Mail writes for the built message. */
class EmlWriterTest {
  private static final Pattern BOUNDARY = Pattern.compile("boundary=\"([^\"]+)\"");
  private final MimeEmailBuilder builder = new MimeEmailBuilder(FixedClock.fixedUtc());

  private static OutgoingEmail email(String id, String html, String text) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("List-Unsubscribe", "<https://t.shop.example/u/" + id + ">");
    headers.put("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
    headers.put("X-Campaign", "Grüße " + "long value ".repeat(12));
    return new OutgoingEmail(
        id,
        "Shöp <news@shop.example>",
        "Anna Müller <anna@example.com>",
        "Deine Auswahl der Woche, Anna – 20 % Rabatt auf alles, was du magst",
        html,
        text,
        headers,
        Map.of());
  }

  private byte[] viaJakarta(OutgoingEmail e) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    builder.build(e).writeTo(out);
    return out.toByteArray();
  }

  private static String boundary(String eml) {
    Matcher m = BOUNDARY.matcher(eml);
    assertThat(m.find()).as("a boundary in\n" + eml).isTrue();
    return m.group(1);
  }

  private static List<OutgoingEmail> emails() {
    String html =
        "<html>\n<body>\r\n<p>Hello Anna</p>\r<a href=\"https://shop.example/p?a=1&b=2\">x</a>\n"
            + "<p>"
            + "y".repeat(1200)
            + "</p>\n</body></html>\n";
    return List.of(
        email("m1", "<p>Hi</p>", "Hi"),
        email("m2", html, "Hello Anna\nyour picks:\n - shoes\n"),
        email("m3", "<p>Grüße aus Köln, 20 € und mehr</p>\n", "Grüße\r\naus Köln"),
        email("m4", "<p>" + "Привет ".repeat(40) + "</p>", "Привет, это ваши подборки недели\n"),
        email("m5", html + "trailing space \n\ttab\t\nend", "  \n\n"));
  }

  @Test
  void multipartEmailsAreTheBytesJakartaMailWritesApartFromTheBoundary() throws Exception {
    for (OutgoingEmail e : emails()) {
      String jakarta = new String(viaJakarta(e), StandardCharsets.US_ASCII);
      String ours = new String(builder.toBytes(e), StandardCharsets.US_ASCII);
      assertThat(ours.replace(boundary(ours), "B"))
          .as(e.messageId())
          .isEqualTo(jakarta.replace(boundary(jakarta), "B"));
    }
  }

  @Test
  void theBuffersOfAnEmailAreItsBytesInPieces() throws Exception {
    List<OutgoingEmail> all = new ArrayList<>(emails());
    all.add(email("s1", "<p>only html</p>\n", ""));
    all.add(email("s2", "", "only text\nzwei"));
    for (OutgoingEmail e : all) {
      ByteArrayOutputStream joined = new ByteArrayOutputStream();
      for (ByteBuffer b : builder.toBuffers(e)) {
        byte[] piece = new byte[b.remaining()];
        b.get(piece);
        joined.write(piece);
      }
      assertThat(joined.toByteArray()).as(e.messageId()).isEqualTo(builder.toBytes(e));
    }
  }

  @Test
  void theSameEmailGivesTheSameBytes() {
    OutgoingEmail e = emails().get(1);
    assertThat(builder.toBytes(e)).isEqualTo(builder.toBytes(e));
  }

  @Test
  void singlePartEmailsReadBackAsTheBuiltMessage() throws Exception {
    for (OutgoingEmail e :
        List.of(email("s1", "<p>only html</p>\n", ""), email("s2", "", "only text\nzwei"))) {
      MimeMessage built = parse(viaJakarta(e));
      MimeMessage ours = parse(builder.toBytes(e));
      assertThat(ours.getContent()).isEqualTo(built.getContent());
      assertThat(headers(ours)).isEqualTo(headers(built));
    }
  }

  @Test
  void aBodyHoldingTheBoundaryGetsAnotherOne() throws Exception {
    OutgoingEmail plain = email("m9", "<p>x</p>", "x");
    String first = boundary(new String(builder.toBytes(plain), StandardCharsets.US_ASCII));
    String text = "before\n--" + first + "\nafter";
    OutgoingEmail tricky = email("m9", "<p>x</p>", text);
    byte[] bytes = builder.toBytes(tricky);
    String eml = new String(bytes, StandardCharsets.US_ASCII);
    assertThat(boundary(eml)).isNotEqualTo(first);
    MimeMultipart mp = (MimeMultipart) parse(bytes).getContent();
    assertThat(mp.getCount()).isEqualTo(2);
    assertThat(mp.getBodyPart(0).getContent()).isEqualTo(text.replace("\n", "\r\n"));
  }

  @Test
  void anHtmlBodyHoldingTheBoundaryOnALineOfItsOwnOrWithinALineGetsAnotherOne() throws Exception {
    OutgoingEmail plain = email("m8", "<p>x</p>", "x");
    String first = boundary(new String(builder.toBytes(plain), StandardCharsets.US_ASCII));
    for (String html :
        List.of(
            "<p>a</p>\n--" + first + "\n<p>b</p>",
            "<p>a</p>\r--" + first + "--\r<p>b</p>",
            "<p>a href=\"x?--" + first + "\">b</p>")) {
      OutgoingEmail tricky = email("m8", html, "x");
      byte[] bytes = builder.toBytes(tricky);
      assertThat(boundary(new String(bytes, StandardCharsets.US_ASCII)))
          .as(html)
          .isNotEqualTo(first);
      MimeMultipart mp = (MimeMultipart) parse(bytes).getContent();
      assertThat(mp.getCount()).isEqualTo(2);
      assertThat(mp.getBodyPart(1).getContent())
          .isEqualTo(html.replace("\r", "\n").replace("\n", "\r\n"));
    }
  }

  @Test
  void theBoundarySearchFindsWhatStringContainsFindsAtEveryOffset() {
    java.util.SplittableRandom random = new java.util.SplittableRandom(11);
    String needle = "------=_Tailor_1f2e3d4c5b6a7980.25";
    String alphabet = "ab-=_T<>\n";
    for (int round = 0; round < 2_000; round++) {
      StringBuilder sb = new StringBuilder();
      int length = random.nextInt(120);
      while (sb.length() < length) {
        sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      if (random.nextBoolean()) {
        String part = needle.substring(0, random.nextInt(needle.length() + 1));
        sb.insert(random.nextInt(sb.length() + 1), random.nextInt(3) == 0 ? needle : part);
      }
      String hay = sb.toString();
      assertThat(EmlWriter.contains(hay, needle))
          .as("round %d: %s", round, hay)
          .isEqualTo(hay.contains(needle));
    }
  }

  private static MimeMessage parse(byte[] eml) throws Exception {
    return new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(eml));
  }

  /** Header name and value pairs, the transfer encoding aside (Jakarta Mail picks its own). */
  private static List<String> headers(MimeMessage m) throws Exception {
    List<String> out = new ArrayList<>();
    for (Header h : Collections.list(m.getAllHeaders())) {
      if (!h.getName().equalsIgnoreCase("Content-Transfer-Encoding")) {
        out.add(h.getName() + ": " + h.getValue().replaceAll("\\s+", " "));
      }
    }
    return out;
  }
}
