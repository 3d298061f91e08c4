package dev.tailor.render.links;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class LinkSignerTest {
  @Test
  void signaturesAreHmacSha256AsJavaxCryptoComputesItForKeysAndPayloadsOfAnyLength()
      throws Exception {
    Random random = new Random(7);
    List<String> keys =
        List.of(
            "k",
            "benchmark-signing-key-0123456789",
            "x".repeat(64),
            "y".repeat(65),
            "ключ-🔑".repeat(20));
    for (String key : keys) {
      LinkSigner signer = new LinkSigner(key);
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      for (int length : new int[] {0, 1, 50, 54, 55, 56, 63, 64, 65, 119, 120, 128, 300}) {
        StringBuilder payload = new StringBuilder();
        for (int i = 0; i < length; i++) {
          payload.append(i % 17 == 5 ? 'é' : (char) ('a' + random.nextInt(26)));
        }
        String messageId = "m-" + length;
        mac.update(messageId.getBytes(StandardCharsets.UTF_8));
        mac.update((byte) '\n');
        byte[] expected = mac.doFinal(payload.toString().getBytes(StandardCharsets.UTF_8));
        String signature = signer.sign(messageId, payload.toString());
        assertThat(signature)
            .isEqualTo(Base64.getUrlEncoder().withoutPadding().encodeToString(expected));
        assertThat(signer.verify(messageId, payload.toString(), signature)).isTrue();
        assertThat(signer.verify(messageId, payload + "x", signature)).isFalse();
      }
    }
  }

  @Test
  void signingFromManyThreadsGivesTheSameSignatures() throws Exception {
    LinkSigner signer = new LinkSigner("benchmark-signing-key-0123456789");
    String expected = signer.sign("m-1", "https://shop.example/p/1");
    List<Thread> threads = new java.util.ArrayList<>();
    java.util.concurrent.atomic.AtomicInteger wrong =
        new java.util.concurrent.atomic.AtomicInteger();
    for (int t = 0; t < 4; t++) {
      Thread thread =
          new Thread(
              () -> {
                for (int i = 0; i < 2_000; i++) {
                  if (!signer.sign("m-1", "https://shop.example/p/1").equals(expected)) {
                    wrong.incrementAndGet();
                  }
                }
              });
      threads.add(thread);
      thread.start();
    }
    for (Thread thread : threads) {
      thread.join();
    }
    assertThat(wrong.get()).isZero();
  }
}
