package dev.tailor.mail.outbox;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The file name of a message in the outbox: its id with ASCII letters, digits, {@code -} and {@code
 * _} kept and every other byte of its UTF-8 form written as {@code =XX}, then {@code .eml}. No name
 * can leave the folder, start with a dot or hold a separator. Ids whose encoded form is longer than
 * 120 characters keep the first 80 and add the SHA-256 of the whole id, so names stay under the
 * usual 255-byte limit and distinct ids keep distinct names.
 */
final class OutboxFileNames {
  private static final int MAX_ENCODED = 120;

  private OutboxFileNames() {}

  static String of(String messageId) {
    StringBuilder sb = new StringBuilder(messageId.length() + 8);
    for (byte b : messageId.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      boolean plain =
          (c >= 'a' && c <= 'z')
              || (c >= 'A' && c <= 'Z')
              || (c >= '0' && c <= '9')
              || c == '-'
              || c == '_';
      if (plain) {
        sb.append((char) c);
      } else {
        sb.append('=').append(HexFormat.of().withUpperCase().toHexDigits((byte) c));
      }
    }
    if (sb.length() > MAX_ENCODED) {
      String head = sb.substring(0, 80);
      return head + "~" + sha256(messageId) + ".eml";
    }
    return sb + ".eml";
  }

  private static String sha256(String s) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
