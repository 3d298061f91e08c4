package dev.tailor.core.access;

import dev.tailor.core.ErrorCode;
import dev.tailor.core.TailorException;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A stored API key: never the key itself, only its hash and a short prefix to recognise it by.
 *
 * @param id the key's public id, e.g. {@code tk_pub_Ab3dE6gH} (the first characters of the key)
 * @param kind what it may do
 * @param hash the lowercase hex SHA-256 of the whole key
 * @param label what it is for, free text (may be empty)
 * @param createdAt when it was created
 * @param revokedAt when it was revoked; a revoked key is refused
 */
public record ApiKey(
    String id,
    ApiKeyKind kind,
    String hash,
    String label,
    Instant createdAt,
    Optional<Instant> revokedAt) {
  public ApiKey {
    if (id == null || id.isBlank() || id.length() > 64) {
      throw new TailorException(ErrorCode.BAD_INPUT, "api key id must be 1..64 characters");
    }
    Objects.requireNonNull(kind, "kind");
    if (hash == null || !hash.matches("[0-9a-f]{64}")) {
      throw new TailorException(ErrorCode.BAD_INPUT, "api key hash must be 64 hex digits");
    }
    label = label == null ? "" : label.strip();
    if (label.length() > 200) {
      throw new TailorException(ErrorCode.BAD_INPUT, "api key label is longer than 200 characters");
    }
    Objects.requireNonNull(createdAt, "createdAt");
    revokedAt = revokedAt == null ? Optional.empty() : revokedAt;
  }

  public boolean active() {
    return revokedAt.isEmpty();
  }
}
