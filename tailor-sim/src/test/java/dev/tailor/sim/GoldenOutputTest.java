package dev.tailor.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pins the bytes of a tiny shop, so that output stays the same across JVM runs and machines (the
 * in-process determinism test cannot see, say, an iteration order that changes per JVM). When the
 * generator changes on purpose, update the digest below and say so in the commit.
 */
class GoldenOutputTest {
  private static final String DIGEST =
      "e974b1071d4f5298a26ff55ba2e5d55c694a3bc8dba555c84beec587a2580ab8";

  @Test
  void aTinyShopHasTheRecordedDigest(@TempDir Path dir) throws IOException {
    SimConfig tiny =
        SimConfig.defaults().withCustomers(40).withProducts(30).withDays(30).withSeed(5);
    ShopGenerator.generate(tiny, dir, ProgressListener.NONE, 2);
    assertThat(digest(dir))
        .as("digest of the tiny shop; update it only when the generator changed on purpose")
        .isEqualTo(DIGEST);
  }

  static String digest(Path dir) throws IOException {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (String file :
          List.of(
              "products.csv",
              "customers.csv",
              "events.csv",
              "hidden-tastes.csv",
              "hidden-products.csv")) {
        sha.update(file.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        sha.update(Files.readAllBytes(dir.resolve(file)));
      }
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
