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
}
