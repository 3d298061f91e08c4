package dev.tailor.app.reco;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ScoreTextTest {
  private static String text(float v) {
    byte[] out = new byte[ScoreText.maxLength()];
    int end = ScoreText.write(v, out, 0);
    return new String(out, 0, end, StandardCharsets.US_ASCII);
  }

  private static String format(float v) {
    return String.format(Locale.ROOT, "%.6g", v);
  }

  @Test
  void typicalScoresReadAsStringFormatWritesThem() {
    for (float v :
        new float[] {
          1f,
          0.5f,
          0.123456789f,
          12.3456789f,
          0.0001f,
          0.00012345678f,
          999999f,
          1234.5f,
          3e-5f,
          2e6f,
          0f,
          -0.25f,
          9.9999996f,
          0.99999994f,
          99999.99f,
          1e-4f,
          Float.NaN,
          Float.POSITIVE_INFINITY
        }) {
      assertThat(text(v)).as("%s", v).isEqualTo(format(v));
    }
  }

  @Test
  void randomScoresOverEveryDecadeAgreeWithStringFormatOrDifferOnlyByRoundingOneTie() {
    Random random = new Random(7);
    int differ = 0;
    for (int i = 0; i < 200_000; i++) {
      float v = (float) Math.pow(10, random.nextDouble() * 12 - 6);
      String mine = text(v);
      String theirs = format(v);
      if (!mine.equals(theirs)) {
        differ++;
        assertThat(mine.length()).as("%s: %s vs %s", v, mine, theirs).isEqualTo(theirs.length());
        double ulp = Math.ulp(Double.parseDouble(theirs)) * 4 + Math.pow(10, -mine.length());
        assertThat(Math.abs(Double.parseDouble(mine) - Double.parseDouble(theirs)))
            .as("%s: %s vs %s", v, mine, theirs)
            .isLessThanOrEqualTo(Math.abs(Double.parseDouble(theirs)) * 1e-5 + ulp);
      }
    }
    assertThat(differ).isLessThan(200);
  }

  @Test
  void digitsWritesIntegers() {
    byte[] out = new byte[20];
    assertThat(new String(out, 0, ScoreText.digits(0, out, 0), StandardCharsets.US_ASCII))
        .isEqualTo("0");
    assertThat(new String(out, 0, ScoreText.digits(10_000, out, 0), StandardCharsets.US_ASCII))
        .isEqualTo("10000");
  }
}
