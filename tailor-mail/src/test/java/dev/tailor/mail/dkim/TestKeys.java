package dev.tailor.mail.dkim;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;

/** RSA key pairs made in the test (seeded, so every run uses the same keys) and key files. */
public final class TestKeys {
  /** A 2048-bit pair. */
  public static final KeyPair RSA_2048 = rsa(2048, 1);

  /** Another 2048-bit pair, whose public key must not verify what the first signed. */
  public static final KeyPair OTHER_2048 = rsa(2048, 2);

  private TestKeys() {}

  static KeyPair rsa(int bits, long seed) {
    try {
      SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
      random.setSeed(seed);
      KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
      g.initialize(bits, random);
      return g.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** {@code der} as a PEM block with {@code label}, 64 characters a line. */
  static String pem(String label, byte[] der) {
    String body =
        Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
    return "-----BEGIN " + label + "-----\n" + body + "\n-----END " + label + "-----\n";
  }

  /** Writes the private key of {@code pair} as PKCS#8 PEM to {@code file}. */
  public static Path pemFile(Path file, KeyPair pair) {
    return write(
        file,
        pem("PRIVATE KEY", pair.getPrivate().getEncoded()).getBytes(StandardCharsets.US_ASCII));
  }

  static Path write(Path file, byte[] bytes) {
    try {
      Files.write(file, bytes);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Settings for {@code shop.example}, selector {@code s1}, the default headers. */
  public static DkimSettings settings(Path dir) {
    return DkimSettings.load(
        "shop.example",
        "s1",
        pemFile(dir.resolve("dkim.pem"), RSA_2048),
        DkimSettings.DEFAULT_SIGNED_HEADERS);
  }

  static List<String> headers(String... names) {
    return List.of(names);
  }
}
