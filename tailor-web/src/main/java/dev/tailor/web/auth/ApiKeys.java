package dev.tailor.web.auth;

import dev.tailor.core.access.ApiKey;
import dev.tailor.core.access.ApiKeyKind;
import dev.tailor.core.access.ApiKeyRepository;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Creates and checks API keys. A key is {@code tk_pub_} or {@code tk_prv_} followed by 32 random
 * bytes in URL-safe Base64 (256 bits, so a plain SHA-256 is a safe digest); its id is the prefix
 * plus the first 8 random characters. Checks are cached for {@link #CACHE_MILLIS} so a busy API
 * does not query the store per request; a revoked key therefore stops working within that time.
 */
public final class ApiKeys {
  /** How long a checked key is trusted without asking the store again. */
  public static final long CACHE_MILLIS = 5_000;

  private static final SecureRandom RANDOM = new SecureRandom();

  /**
   * A key just created: the only time the secret exists outside the caller's hands.
   *
   * @param key what is stored
   * @param secret the key to hand over, once
   */
  public record Created(ApiKey key, String secret) {}

  private record Cached(Optional<ApiKey> key, long until) {}

  private final ApiKeyRepository repository;
  private final Clock clock;
  private final ConcurrentHashMap<String, Cached> cache = new ConcurrentHashMap<>();

  public ApiKeys(ApiKeyRepository repository, Clock clock) {
    this.repository = repository;
    this.clock = clock;
  }

  public Created create(ApiKeyKind kind, String label) {
    byte[] random = new byte[32];
    RANDOM.nextBytes(random);
    String body = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    String prefix = kind == ApiKeyKind.PUBLIC ? "tk_pub_" : "tk_prv_";
    String secret = prefix + body;
    ApiKey key =
        new ApiKey(
            prefix + body.substring(0, 8),
            kind,
            sha256(secret),
            label,
            clock.instant(),
            Optional.empty());
    repository.add(key);
    return new Created(key, secret);
  }

  /** The active key {@code presented} is, if it is one. */
  public Optional<ApiKey> check(String presented) {
    if (presented == null || presented.length() > 100 || !presented.startsWith("tk_")) {
      return Optional.empty();
    }
    String hash = sha256(presented);
    long now = System.currentTimeMillis();
    Cached c = cache.get(hash);
    if (c == null || c.until() < now) {
      if (cache.size() > 10_000) {
        cache.clear();
      }
      c = new Cached(repository.findByHash(hash).filter(ApiKey::active), now + CACHE_MILLIS);
      cache.put(hash, c);
    }
    return c.key();
  }

  /** Revokes the key; forgets cached checks so this server refuses it at once. */
  public boolean revoke(String id) {
    boolean done = repository.revoke(id, clock.instant());
    cache.clear();
    return done;
  }

  static String sha256(String text) {
    try {
      MessageDigest d = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(d.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JDK", e);
    }
  }
}
