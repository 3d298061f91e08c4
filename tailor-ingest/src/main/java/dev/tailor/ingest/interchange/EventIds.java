package dev.tailor.ingest.interchange;

import dev.tailor.core.event.Event;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;

/**
 * The dedup key of an event that has no {@code event_id}: {@code h:} followed by the first 128 bits
 * (32 hex digits) of the SHA-256 of its normalized fields. Normalized means parsed: the spelling of
 * the event type ({@code Order Completed} or {@code order_completed}), of the timestamp ({@code
 * 2024-01-01} or {@code 2024-01-01T00:00:00Z}) and of the price ({@code 2.50} or {@code 2.5}) do
 * not change the key. Not thread-safe: it reuses one digest.
 */
public final class EventIds {
  /** The prefix of hashed ids, so they never collide with ids given in the files. */
  public static final String PREFIX = "h:";

  private static final char[] HEX = "0123456789abcdef".toCharArray();
  private static final int KEY_BYTES = 16;
  private static final byte SEPARATOR = 0x1f;

  private final MessageDigest digest;

  public EventIds() {
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  /** The key of {@code e}; its own {@code eventId} is ignored. */
  public String keyOf(Event e) {
    put(e.type().wireName());
    put(Long.toString(e.timestamp().getEpochSecond()));
    put(Integer.toString(e.timestamp().getNano()));
    put(e.customerId());
    put(e.anonymousId());
    put(e.productId());
    put(Integer.toString(e.quantity()));
    put(e.price().map(EventIds::normalize));
    put(e.orderId());
    put(e.campaignId());
    put(e.messageId());
    byte[] hash = digest.digest();
    char[] out = new char[PREFIX.length() + 2 * KEY_BYTES];
    PREFIX.getChars(0, PREFIX.length(), out, 0);
    for (int i = 0; i < KEY_BYTES; i++) {
      out[PREFIX.length() + 2 * i] = HEX[(hash[i] >> 4) & 0xf];
      out[PREFIX.length() + 2 * i + 1] = HEX[hash[i] & 0xf];
    }
    return new String(out);
  }

  private static String normalize(BigDecimal d) {
    return d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString();
  }

  private void put(Optional<String> v) {
    put(v.orElse(""));
  }

  private void put(String v) {
    digest.update(v.getBytes(StandardCharsets.UTF_8));
    digest.update(SEPARATOR);
  }
}
