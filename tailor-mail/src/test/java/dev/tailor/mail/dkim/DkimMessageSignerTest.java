package dev.tailor.mail.dkim;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tailor.core.mail.OutgoingEmail;
import dev.tailor.mail.mime.MimeEmailBuilder;
import dev.tailor.testkit.FixedClock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DkimMessageSignerTest {
  @TempDir Path dir;

  private final MimeEmailBuilder mime = new MimeEmailBuilder(FixedClock.fixedUtc());

  static OutgoingEmail email(String id) {
    return new OutgoingEmail(
        id,
        "Shop <news@shop.example>",
        "Zoë Müller <zoe@example.com>",
        "Deine Empfehlungen der Woche, Zoë — 20 % auf Jacken",
        "<p>Hallo Zoë,</p>\n<p>hier   sind deine    Empfehlungen.  </p>\n"
            + "<p>x</p>\n".repeat(40),
        "Hallo Zoë,\n\nhier sind deine Empfehlungen.   \n\n\n",
        Map.of(
            "List-Unsubscribe",
            "<https://t.shop.example/u/" + id + ">, <mailto:news@shop.example?subject=unsub>",
            "List-Unsubscribe-Post",
            "List-Unsubscribe=One-Click"),
        Map.of());
  }

  private static String text(byte[] b) {
    return new String(b, StandardCharsets.ISO_8859_1);
  }

  @Test
  void aSignedMessageVerifiesAndIsTheUnsignedOneWithOneHeaderOnTop() {
    DkimMessageSigner signer = new DkimMessageSigner(TestKeys.settings(dir));
    byte[] unsigned = mime.toBytes(email("m-1"));

    byte[] signed = signer.sign(unsigned);

    assertThat(text(signed)).startsWith("DKIM-Signature: ").endsWith(text(unsigned));
    DkimVerifier.Result r = DkimVerifier.verify(signed, TestKeys.RSA_2048.getPublic());
    assertThat(r.valid()).as(r.problem()).isTrue();
    assertThat(r.tags())
        .containsEntry("v", "1")
        .containsEntry("a", "rsa-sha256")
        .containsEntry("c", "relaxed/relaxed")
        .containsEntry("d", "shop.example")
        .containsEntry("s", "s1")
        .containsEntry("t", Long.toString(FixedClock.fixedUtc().instant().getEpochSecond()));
    // the configured headers this message has, and nothing else
    assertThat(Arrays.stream(r.tags().get("h").split(":")).map(String::toLowerCase))
        .containsExactlyInAnyOrder(
            "from",
            "to",
            "subject",
            "date",
            "message-id",
            "mime-version",
            "content-type",
            "list-unsubscribe",
            "list-unsubscribe-post");
  }

  @Test
  void aSignatureFailsWithAnotherKeyOrAfterTheBodyOrASignedHeaderChanged() {
    DkimMessageSigner signer = new DkimMessageSigner(TestKeys.settings(dir));
    String signed = text(signer.sign(mime.toBytes(email("m-2"))));

    assertThat(DkimVerifier.verify(bytes(signed), TestKeys.OTHER_2048.getPublic()).problem())
        .isEqualTo("signature mismatch");
    String body = signed.replace("Empfehlungen.", "Empfehlungen!");
    assertThat(body).isNotEqualTo(signed);
    assertThat(DkimVerifier.verify(bytes(body), TestKeys.RSA_2048.getPublic()).problem())
        .isEqualTo("body hash mismatch");
    String to = signed.replace("<zoe@example.com>", "<eve@example.com>");
    assertThat(DkimVerifier.verify(bytes(to), TestKeys.RSA_2048.getPublic()).problem())
        .isEqualTo("signature mismatch");
    // what relaxed canonicalization forgives: whitespace at line ends, an unsigned header
    int end = signed.indexOf("\r\n\r\n") + 4;
    String relaxed =
        "X-Scanned: yes\r\n"
            + signed.substring(0, end)
            + signed.substring(end).replace("\r\n", " \t\r\n");
    assertThat(DkimVerifier.verify(bytes(relaxed), TestKeys.RSA_2048.getPublic()).valid()).isTrue();
  }

  @Test
  void onlyTheConfiguredHeadersAreSigned() {
    DkimSettings s = TestKeys.settings(dir);
    DkimMessageSigner signer =
        new DkimMessageSigner(
            new DkimSettings(
                s.domain(), s.selector(), s.keyFile(), s.privateKey(), List.of("from", "Subject")));
    byte[] signed = signer.sign(mime.toBytes(email("m-3")));
    DkimVerifier.Result r = DkimVerifier.verify(signed, TestKeys.RSA_2048.getPublic());
    assertThat(r.valid()).as(r.problem()).isTrue();
    assertThat(r.tags().get("h").toLowerCase()).isIn("from:subject", "subject:from");
    // To is not signed now: changing it keeps the signature valid
    String to = text(signed).replace("<zoe@example.com>", "<eve@example.com>");
    assertThat(DkimVerifier.verify(bytes(to), TestKeys.RSA_2048.getPublic()).valid()).isTrue();
  }

  @Test
  void threadsSignAtOnceAndEverySignatureHolds() throws Exception {
    DkimMessageSigner signer = new DkimMessageSigner(TestKeys.settings(dir));
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<byte[]>> signed = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        byte[] eml = mime.toBytes(email("m-" + i));
        signed.add(pool.submit(() -> signer.sign(eml)));
      }
      for (Future<byte[]> f : signed) {
        DkimVerifier.Result r = DkimVerifier.verify(f.get(), TestKeys.RSA_2048.getPublic());
        assertThat(r.valid()).as(r.problem()).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void theVerifierFollowsTheRelaxedRulesOfTheRfc() {
    // RFC 6376 3.4.5's example
    assertThat(DkimVerifier.relaxedHeader("A", " X\r\n")).isEqualTo("a:X");
    assertThat(DkimVerifier.relaxedHeader("B ", " Y\t\r\n\tZ  ")).isEqualTo("b:Y Z");
    assertThat(DkimVerifier.relaxedBody(" C \r\nD \t E\r\n\r\n\r\n")).isEqualTo(" C\r\nD E\r\n");
    assertThat(DkimVerifier.relaxedBody("\r\n\r\n")).isEmpty();
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.ISO_8859_1);
  }
}
