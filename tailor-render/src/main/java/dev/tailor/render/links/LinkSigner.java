package dev.tailor.render.links;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** HMAC-SHA256 signatures for tracking URLs, base64url without padding. Thread-safe. */
public final class LinkSigner {
  private static final Base64.Encoder BASE64 = Base64.getUrlEncoder().withoutPadding();

  private final SecretKeySpec key;
  private final ThreadLocal<Mac> macs;

  public LinkSigner(String secret) {
    this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    this.macs = ThreadLocal.withInitial(this::newMac);
  }

  /** The signature of a message id and a payload (a target URL, or an action such as "open"). */
  public String sign(String messageId, String payload) {
    Mac mac = macs.get();
    mac.update(messageId.getBytes(StandardCharsets.UTF_8));
    mac.update((byte) '\n');
    byte[] d = mac.doFinal(payload.getBytes(StandardCharsets.UTF_8));
    return BASE64.encodeToString(d);
  }

  /** True when the signature matches, compared in constant time. */
  public boolean verify(String messageId, String payload, String signature) {
    return java.security.MessageDigest.isEqual(
        sign(messageId, payload).getBytes(StandardCharsets.US_ASCII),
        signature.getBytes(StandardCharsets.US_ASCII));
  }

  private Mac newMac() {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      return mac;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }
}
