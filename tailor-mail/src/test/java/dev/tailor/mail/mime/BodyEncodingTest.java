package dev.tailor.mail.mime;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class BodyEncodingTest {
  private static String decode(BodyEncoding e) throws Exception {
    try (InputStream in =
        MimeUtility.decode(
            new ByteArrayInputStream(e.body().getBytes(StandardCharsets.US_ASCII)), e.name())) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static String randomText(SplittableRandom random, int length) {
    String alphabet = "abc XYZ.=\t-_?\"<>é€😀Жд李\r\n";
    StringBuilder sb = new StringBuilder();
    while (sb.length() < length) {
      int cp = alphabet.codePointAt(random.nextInt(alphabet.length()));
      if (Character.isLowSurrogate((char) cp)) {
        continue;
      }
      sb.appendCodePoint(cp);
      if (random.nextInt(40) == 0) {
        sb.append(" ".repeat(random.nextInt(3))).append("\r\n");
      }
      if (random.nextInt(200) == 0) {
        sb.append("x".repeat(random.nextInt(1200)));
      }
    }
    return sb.toString().replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\r\n");
  }

  @Test
  void everyEncodingDecodesToTheInputWithLinesWithinTheLimits() throws Exception {
    SplittableRandom random = new SplittableRandom(42);
    int[] seen = new int[3];
    for (int round = 0; round < 500; round++) {
      String text = randomText(random, 1 + random.nextInt(3000));
      if (round % 3 == 0) {
        text = text.replaceAll("[^\\x00-\\x7F]", "a");
      }
      BodyEncoding e = BodyEncoding.of(text);
      assertThat(decode(e)).as("round %d (%s)", round, e.name()).isEqualTo(text);
      int max = e.name().equals("7bit") ? 998 : 76;
      for (String line : e.body().split("\r\n", -1)) {
        assertThat(line.length()).isLessThanOrEqualTo(max);
        assertThat(line.chars().allMatch(c -> c < 128)).isTrue();
        if (e.name().equals("quoted-printable") && !line.isEmpty()) {
          assertThat(line.charAt(line.length() - 1)).isNotIn(' ', '\t');
        }
      }
      seen[e.name().equals("7bit") ? 0 : e.name().equals("base64") ? 1 : 2]++;
    }
    assertThat(seen[0]).isPositive();
    assertThat(seen[1]).isPositive();
    assertThat(seen[2]).isPositive();
  }

  @Test
  void theEncodingFollowsTheContent() {
    assertThat(BodyEncoding.of("Hello\r\nworld").name()).isEqualTo("7bit");
    assertThat(BodyEncoding.of("x".repeat(999)).name()).isEqualTo("quoted-printable");
    assertThat(BodyEncoding.of("Grüße aus Köln").name()).isEqualTo("quoted-printable");
    assertThat(BodyEncoding.of("Привет, мир").name()).isEqualTo("base64");
    assertThat(BodyEncoding.quotedPrintable("a = b \r\nc\t".getBytes(StandardCharsets.UTF_8)))
        .isEqualTo("a =3D b=20\r\nc=09");
  }

  @Test
  void asciiTextIsSevenBitWithCrlfLineEndsUnlessALineIsTooLongOrItHoldsANul() {
    BodyEncoding.Encoded mixed = BodyEncoding.encode("a\nb\rc\r\nd");
    assertThat(mixed.name()).isEqualTo("7bit");
    assertThat(new String(mixed.body(), StandardCharsets.US_ASCII)).isEqualTo("a\r\nb\r\nc\r\nd");
    assertThat(BodyEncoding.encode("x".repeat(997) + "\ny").name()).isEqualTo("7bit");
    assertThat(BodyEncoding.encode("x".repeat(998) + "\ny").name()).isEqualTo("quoted-printable");
    assertThat(BodyEncoding.encode("x".repeat(999)).name()).isEqualTo("quoted-printable");
    BodyEncoding.Encoded nul = BodyEncoding.encode("a\u0000b\n");
    assertThat(nul.name()).isEqualTo("quoted-printable");
    assertThat(new String(nul.body(), StandardCharsets.US_ASCII)).isEqualTo("a=00b\r\n");
  }

  /** The plain definition of the 7bit body: null for a NUL or a line over 998 bytes (its CR in). */
  private static String sevenBitByDefinition(String ascii) {
    if (ascii.indexOf(0) >= 0) {
      return null;
    }
    String crlf = ascii.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\r\n");
    String[] lines = crlf.split("\r\n", -1);
    for (int k = 0; k < lines.length; k++) {
      if (lines[k].length() + (k < lines.length - 1 ? 1 : 0) > 998) {
        return null;
      }
    }
    return crlf;
  }

  @Test
  void asciiBodiesScannedEightBytesAtATimeMatchTheDefinition() {
    SplittableRandom random = new SplittableRandom(7);
    String alphabet = "abcdefgh <>=\"/\t\r\n\u0001\u000b\u000c\u000e\u001f";
    int seven = 0;
    for (int round = 0; round < 3_000; round++) {
      StringBuilder sb = new StringBuilder();
      int length = random.nextInt(2_200);
      while (sb.length() < length) {
        char c = alphabet.charAt(random.nextInt(alphabet.length()));
        sb.append(c);
        if (random.nextInt(50) == 0) {
          sb.append("y".repeat(random.nextInt(1_000)));
        }
      }
      if (random.nextInt(60) == 0) {
        sb.insert(random.nextInt(sb.length() + 1), '\0');
      }
      String text = sb.toString();
      String expected = sevenBitByDefinition(text);
      BodyEncoding.Encoded e = BodyEncoding.encode(text);
      if (expected == null) {
        assertThat(e.name()).as("round %d", round).isNotEqualTo("7bit");
      } else {
        seven++;
        assertThat(e.name()).as("round %d", round).isEqualTo("7bit");
        assertThat(new String(e.body(), StandardCharsets.US_ASCII))
            .as("round %d", round)
            .isEqualTo(expected);
      }
    }
    assertThat(seven).isGreaterThan(500);
  }

  /**
   * Quoted-printable one byte at a time by the rules of RFC 2045: printable ASCII but {@code =}
   * literal, a space or tab literal unless a line break or the end follows, every other byte {@code
   * =XX}, a line break CRLF, and a soft break {@code =} CRLF before a line would exceed 76.
   */
  private static String quotedPrintableByDefinition(byte[] in) {
    StringBuilder out = new StringBuilder();
    int lineLength = 0;
    for (int i = 0; i < in.length; i++) {
      int b = in[i] & 0xff;
      if (b == '\r' || b == '\n') {
        if (b == '\r' && i + 1 < in.length && in[i + 1] == '\n') {
          i++;
        }
        out.append("\r\n");
        lineLength = 0;
        continue;
      }
      boolean lineEnds = i + 1 == in.length || in[i + 1] == '\r' || in[i + 1] == '\n';
      boolean literal = (b >= 33 && b <= 126 && b != '=') || ((b == ' ' || b == '\t') && !lineEnds);
      int width = literal ? 1 : 3;
      if (lineLength + width > (lineEnds ? 76 : 75)) {
        out.append("=\r\n");
        lineLength = 0;
      }
      out.append(literal ? String.valueOf((char) b) : String.format("=%02X", b));
      lineLength += width;
    }
    return out.toString();
  }

  @Test
  void quotedPrintableCopiedUpToEightBytesAtATimeIsTheByteAtATimeEncoding() {
    SplittableRandom random = new SplittableRandom(5);
    String alphabet = "abcdefgh  <>=\"/\t\r\n\u0001\u007féü€😀";
    for (int round = 0; round < 3_000; round++) {
      StringBuilder sb = new StringBuilder();
      int length = random.nextInt(600);
      while (sb.length() < length) {
        sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        if (random.nextInt(30) == 0) {
          sb.append("xy z".repeat(random.nextInt(40)));
        }
      }
      byte[] in = sb.toString().getBytes(StandardCharsets.UTF_8);
      assertThat(BodyEncoding.quotedPrintable(in))
          .as("round %d", round)
          .isEqualTo(quotedPrintableByDefinition(in));
    }
  }

  @Test
  void lineBreaksAreFoundInAnyBytesAndAtEveryOffset() {
    byte[] in = new byte[40];
    for (int at = 0; at < in.length; at++) {
      for (byte brk : new byte[] {'\r', '\n'}) {
        java.util.Arrays.fill(in, (byte) 0xC3);
        in[at] = brk;
        assertThat(BodyEncoding.nextBreak(in, 0)).isEqualTo(at);
        assertThat(BodyEncoding.nextBreak(in, at + 1)).isEqualTo(in.length);
        java.util.Arrays.fill(in, (byte) 'a');
        in[at] = brk;
        assertThat(BodyEncoding.nextControl(in, 0)).isEqualTo(at);
        assertThat(BodyEncoding.nextControl(in, Math.min(at + 1, in.length))).isEqualTo(in.length);
      }
    }
  }
}
