package dev.tailor.web.auth;

import dev.tailor.core.ErrorCode;
import dev.tailor.core.TailorException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Password digests with the JDK's PBKDF2-HMAC-SHA256, encoded as {@code
 * pbkdf2-sha256$ITERATIONS$SALT$HASH} (Base64, 16-byte salt, 32-byte hash). New digests use {@link
 * #ITERATIONS} (OWASP's 2023 figure); stored ones are checked with their own count.
 */
public final class Passwords {
  /** Iterations for new digests. */
  public static final int ITERATIONS = 600_000;

  /** Shortest password accepted. */
  public static final int MIN_LENGTH = 12;

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String PREFIX = "pbkdf2-sha256";

  private final int iterations;

  public Passwords() {
    this(ITERATIONS);
  }

  /** With another iteration count: for tests only, where speed matters more than strength. */
  public Passwords(int iterations) {
    if (iterations < 1) {
      throw new IllegalArgumentException("iterations must be positive");
    }
    this.iterations = iterations;
  }

  public String hash(String password) {
    if (password == null || password.length() < MIN_LENGTH) {
      throw new TailorException(
          ErrorCode.BAD_INPUT, "password must be at least " + MIN_LENGTH + " characters");
    }
    if (password.length() > 1_000) {
      throw new TailorException(ErrorCode.BAD_INPUT, "password is longer than 1000 characters");
    }
    byte[] salt = new byte[16];
    RANDOM.nextBytes(salt);
    Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
    return PREFIX
        + "$"
        + iterations
        + "$"
        + b64.encodeToString(salt)
        + "$"
        + b64.encodeToString(derive(password, salt, iterations));
  }

  /** Whether {@code password} matches {@code encoded}; false for anything malformed. */
  public boolean matches(String password, String encoded) {
    if (password == null || encoded == null || password.length() > 1_000) {
      return false;
    }
    String[] parts = encoded.split("\\$");
    if (parts.length != 4 || !parts[0].equals(PREFIX)) {
      return false;
    }
    try {
      int n = Integer.parseInt(parts[1]);
      if (n < 1 || n > 10_000_000) {
        return false;
      }
      byte[] salt = Base64.getDecoder().decode(parts[2]);
      byte[] expected = Base64.getDecoder().decode(parts[3]);
      return MessageDigest.isEqual(expected, derive(password, salt, n));
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static byte[] derive(String password, byte[] salt, int iterations) {
    PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, iterations, 256);
    try {
      return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("PBKDF2WithHmacSHA256 is missing from this JDK", e);
    } finally {
      spec.clearPassword();
    }
  }
}
