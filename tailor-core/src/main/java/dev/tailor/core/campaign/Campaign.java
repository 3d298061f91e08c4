package dev.tailor.core.campaign;

import dev.tailor.core.ErrorCode;
import dev.tailor.core.TailorException;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A campaign: one send of personalized emails to an audience, identified by its key.
 *
 * @param id the campaign's key, e.g. {@code weekly-picks-2026-w48}; message ids derive from it, so
 *     running the same key again sends nobody twice
 * @param name a human name
 * @param status where it is
 * @param variants the A/B/n arms
 * @param holdoutShare the share of the audience held out, in [0, 0.5]
 * @param spec the campaign file as given (YAML), so {@code resume} runs exactly what was planned
 * @param source where the campaign file was read from, for relative strategy and template paths
 * @param createdAt when it was first planned
 * @param updatedAt when its record last changed
 */
public record Campaign(
    String id,
    String name,
    CampaignStatus status,
    List<Variant> variants,
    double holdoutShare,
    String spec,
    String source,
    Instant createdAt,
    Instant updatedAt) {
  public Campaign {
    id = requireKey(id);
    name = name == null || name.isBlank() ? id : name.strip();
    Objects.requireNonNull(status, "status");
    variants = List.copyOf(variants);
    if (variants.isEmpty()) {
      throw new TailorException(ErrorCode.BAD_INPUT, "campaign " + id + " has no variant");
    }
    Set<String> names = new HashSet<>();
    for (Variant v : variants) {
      if (!names.add(v.name())) {
        throw new TailorException(
            ErrorCode.BAD_INPUT, "campaign " + id + ": variant " + v.name() + " appears twice");
      }
    }
    if (!(holdoutShare >= 0 && holdoutShare <= 0.5)) {
      throw new TailorException(
          ErrorCode.BAD_INPUT, "campaign " + id + ": holdout share must lie in [0, 0.5]");
    }
    Objects.requireNonNull(spec, "spec");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(updatedAt, "updatedAt");
  }

  /** This campaign with another status, changed at {@code at}. */
  public Campaign withStatus(CampaignStatus next, Instant at) {
    return new Campaign(id, name, next, variants, holdoutShare, spec, source, createdAt, at);
  }

  /**
   * Checks a campaign key: 1-80 characters of lower-case letters, digits, {@code -}, {@code _} and
   * {@code .}, starting with a letter or digit (keys appear in ids, file names and URLs).
   */
  public static String requireKey(String key) {
    if (key == null || !key.matches("[a-z0-9][a-z0-9._-]{0,79}")) {
      throw new TailorException(
          ErrorCode.BAD_INPUT,
          "campaign key must be 1-80 lower-case letters, digits, '.', '-' or '_', starting with a"
              + " letter or digit: '"
              + key
              + "'");
    }
    return key;
  }
}
