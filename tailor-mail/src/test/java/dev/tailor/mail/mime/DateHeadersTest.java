package dev.tailor.mail.mime;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.Date;
import java.util.Properties;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DateHeadersTest {
  private static final Session SESSION = Session.getInstance(new Properties());

  private static String jakarta(Instant at) throws Exception {
    MimeMessage m = new MimeMessage(SESSION);
    m.setSentDate(Date.from(at));
    return m.getHeader("Date", null);
  }

  @Test
  void everyInstantGetsTheHeaderJakartaMailWritesForIt() throws Exception {
    DateHeaders dates = new DateHeaders();
    SplittableRandom random = new SplittableRandom(7);
    Instant at = Instant.parse("2026-11-26T23:59:58.250Z");
    for (int i = 0; i < 2_000; i++) {
      // mostly steps within a second and across it, sometimes far jumps back and forth
      at =
          i % 97 == 0
              ? Instant.ofEpochMilli(random.nextLong(0, 4_102_444_800_000L))
              : at.plusMillis(random.nextInt(0, 700));
      assertThat(dates.header(at, SESSION)).as("%s", at).isEqualTo(jakarta(at));
    }
  }

  @Test
  void aSecondAlreadyFormattedIsNotConfusedWithTheNextOne() throws Exception {
    DateHeaders dates = new DateHeaders();
    Instant a = Instant.parse("2026-12-31T23:59:59.999Z");
    Instant b = a.plusMillis(1);
    assertThat(dates.header(a, SESSION)).isEqualTo(jakarta(a));
    assertThat(dates.header(b, SESSION)).isEqualTo(jakarta(b)).isNotEqualTo(jakarta(a));
    assertThat(dates.header(a, SESSION)).isEqualTo(jakarta(a));
  }
}
