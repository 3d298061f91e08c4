package dev.tailor.mail.dkim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tailor.core.ErrorCode;
import dev.tailor.core.TailorException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DkimSettingsTest {
  @TempDir Path dir;

  private static final List<String> HEADERS = DkimSettings.DEFAULT_SIGNED_HEADERS;

  private DkimSettings load(Path file) {
    return DkimSettings.load("shop.example", "s1", file, HEADERS);
  }

  private static void refused(Runnable r, String... parts) {
    assertThatThrownBy(r::run)
        .isInstanceOfSatisfying(
            TailorException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.CONFIG))
        .message()
        .contains(parts);
  }

  @Test
  void aPkcs8KeyIsReadFromPemAndFromDer() {
    byte[] der = TestKeys.RSA_2048.getPrivate().getEncoded();
    DkimSettings pem = load(TestKeys.pemFile(dir.resolve("k.pem"), TestKeys.RSA_2048));
    DkimSettings raw = load(TestKeys.write(dir.resolve("k.der"), der));

    assertThat(pem.privateKey().getEncoded()).isEqualTo(der);
    assertThat(raw.privateKey().getEncoded()).isEqualTo(der);
    assertThat(pem.toString()).doesNotContain(pem.privateKey().getPrivateExponent().toString(16));
  }

  @Test
  void aMissingEmptyOrUnusableKeyFileIsRefusedNamingTheFile() {
    Path missing = dir.resolve("nope.pem");
    refused(() -> load(missing), missing.toString(), "does not exist");
    Path empty = TestKeys.write(dir.resolve("empty.pem"), new byte[0]);
    refused(() -> load(empty), empty.toString(), "is empty");
    Path garbage = TestKeys.write(dir.resolve("garbage.der"), "not a key".getBytes());
    refused(() -> load(garbage), garbage.toString(), "not an RSA private key in PKCS#8");
    Path cut =
        TestKeys.write(
            dir.resolve("cut.pem"),
            "-----BEGIN PRIVATE KEY-----\nMIIE\n".getBytes(StandardCharsets.US_ASCII));
    refused(() -> load(cut), cut.toString(), "not a complete PEM block");
  }

  @Test
  void otherKindsOfKeyAreRefusedWithWhatTheyAreAndHowToConvert() throws Exception {
    byte[] der = TestKeys.RSA_2048.getPrivate().getEncoded();
    Path pkcs1 =
        TestKeys.write(
            dir.resolve("pkcs1.pem"),
            TestKeys.pem("RSA PRIVATE KEY", der).getBytes(StandardCharsets.US_ASCII));
    refused(() -> load(pkcs1), pkcs1.toString(), "PKCS#1", "openssl pkcs8 -topk8 -nocrypt");
    Path encrypted =
        TestKeys.write(
            dir.resolve("enc.pem"),
            TestKeys.pem("ENCRYPTED PRIVATE KEY", der).getBytes(StandardCharsets.US_ASCII));
    refused(() -> load(encrypted), encrypted.toString(), "encrypted");
    Path pub =
        TestKeys.write(
            dir.resolve("pub.pem"),
            TestKeys.pem("PUBLIC KEY", TestKeys.RSA_2048.getPublic().getEncoded())
                .getBytes(StandardCharsets.US_ASCII));
    refused(() -> load(pub), pub.toString(), "holds a PUBLIC KEY, not a private key");
    KeyPairGenerator ec = KeyPairGenerator.getInstance("EC");
    ec.initialize(256);
    Path ecKey =
        TestKeys.write(dir.resolve("ec.der"), ec.generateKeyPair().getPrivate().getEncoded());
    refused(() -> load(ecKey), ecKey.toString(), "EC key; only RSA keys are supported");
    Path small = TestKeys.pemFile(dir.resolve("small.pem"), TestKeys.rsa(512, 3));
    refused(() -> load(small), small.toString(), "512-bit", "at least 1024");
  }

  @Test
  void domainSelectorAndHeadersAreChecked() {
    Path key = TestKeys.pemFile(dir.resolve("k.pem"), TestKeys.RSA_2048);
    refused(() -> DkimSettings.load("localhost", "s1", key, HEADERS), "dkim.domain");
    refused(() -> DkimSettings.load("shop.example", "s 1", key, HEADERS), "dkim.selector");
    refused(() -> DkimSettings.load("shop.example", "", key, HEADERS), "dkim.selector");
    refused(
        () -> DkimSettings.load("shop.example", "s1", key, List.of("To", "Subject")),
        "dkim.signed-headers must include From");
    refused(
        () -> DkimSettings.load("shop.example", "s1", key, List.of("From", "Bad:Name")),
        "dkim.signed-headers",
        "Bad:Name");
    refused(
        () -> DkimSettings.load("shop.example", "s1", key, List.of("From", "DKIM-Signature")),
        "DKIM-Signature");

    DkimSettings ok =
        DkimSettings.load(
            " Shop.Example ", "2026.tailor", key, List.of(" from ", "From", "", "Subject"));
    assertThat(ok.domain()).isEqualTo("shop.example");
    assertThat(ok.selector()).isEqualTo("2026.tailor");
    assertThat(ok.signedHeaders()).containsExactly("from", "Subject");
  }
}
