package dev.tailor.render.links;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA256 signatures for tracking URLs, base64url without padding. Thread-safe.
 *
 * <p>HMAC (RFC 2104) computed from SHA-256 digests whose states after the key's inner and outer pad
 * blocks are kept and copied for each signature: a message signs ~25 URLs, and {@code
 * javax.crypto.Mac} hashes both pad blocks again for every one of them (two of about six SHA-256
 * blocks of a click URL's signature). The signatures are the same ({@code LinkSignerTest} compares
 * them with {@code Mac}).
 */
public final class LinkSigner {
  private static final Base64.Encoder BASE64 = Base64.getUrlEncoder().withoutPadding();
  private static final int BLOCK = 64;

  /** Each thread's digests after the inner and the outer pad block, copied per signature. */
  private final ThreadLocal<Pads> pads;

  private record Pads(MessageDigest inner, MessageDigest outer) {}

  public LinkSigner(String secret) {
    SecretKeySpec key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    byte[] k = key.getEncoded();
    this.pads = ThreadLocal.withInitial(() -> pads(k));
  }

  /** The signature of a message id and a payload (a target URL, or an action such as "open"). */
  public String sign(String messageId, String payload) {
    Pads p = pads.get();
    MessageDigest inner = copy(p.inner());
    inner.update(messageId.getBytes(StandardCharsets.UTF_8));
    inner.update((byte) '\n');
    inner.update(payload.getBytes(StandardCharsets.UTF_8));
    MessageDigest outer = copy(p.outer());
    outer.update(inner.digest());
    return BASE64.encodeToString(outer.digest());
  }

  /** True when the signature matches, compared in constant time. */
  public boolean verify(String messageId, String payload, String signature) {
    return MessageDigest.isEqual(
        sign(messageId, payload).getBytes(StandardCharsets.US_ASCII),
        signature.getBytes(StandardCharsets.US_ASCII));
  }

  /** SHA-256 after {@code key XOR ipad} and after {@code key XOR opad} (RFC 2104). */
  private static Pads pads(byte[] key) {
    MessageDigest inner = sha256();
    MessageDigest outer = sha256();
    byte[] k = key.length > BLOCK ? sha256().digest(key) : key;
    byte[] ipad = new byte[BLOCK];
    byte[] opad = new byte[BLOCK];
    for (int i = 0; i < BLOCK; i++) {
      byte b = i < k.length ? k[i] : 0;
      ipad[i] = (byte) (b ^ 0x36);
      opad[i] = (byte) (b ^ 0x5c);
    }
    inner.update(ipad);
    outer.update(opad);
    return new Pads(inner, outer);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }

  private static MessageDigest copy(MessageDigest d) {
    try {
      return (MessageDigest) d.clone();
    } catch (CloneNotSupportedException e) {
      throw new IllegalStateException("SHA-256 digests cannot be copied", e);
    }
  }
}
