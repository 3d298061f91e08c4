package dev.tailor.campaign.assign;

import dev.tailor.core.campaign.Campaign;
import dev.tailor.core.campaign.Variant;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Assigns customers by SHA-256 of {@code campaign key + "\n" + customer id}: independent 53-bit
 * slices of the digest decide the pilot, the holdout and the variant (by cumulative weight), and
 * the message id is a hex slice of it. Nothing depends on the order or size of the audience, so
 * re-runs and resumptions assign every customer the same way. Thread-safe.
 */
public final class Assigner {
  /** The variant name of the holdout group. */
  public static final String HOLDOUT = "holdout";

  private static final double UNIT = 0x1.0p-53;

  private final String key;
  private final double pilot;
  private final double holdout;
  private final List<Variant> variants;
  private final double[] cumulative;
  private final Optional<String> promoted;

  /**
   * @param key the campaign key
   * @param pilot the pilot share in (0, 1]
   * @param holdout the holdout share in [0, 0.5]
   * @param variants the variants; weights sum to 1
   */
  public Assigner(String key, double pilot, double holdout, List<Variant> variants) {
    this(key, pilot, holdout, variants, Optional.empty());
  }

  /**
   * @param promoted the variant of every customer outside the pilot (and outside the holdout) once
   *     a pilot's winner is promoted; the pilot and the holdout are assigned as before
   */
  public Assigner(
      String key, double pilot, double holdout, List<Variant> variants, Optional<String> promoted) {
    this.promoted = Objects.requireNonNull(promoted, "promoted");
    this.key = Campaign.requireKey(key);
    this.pilot = pilot;
    this.holdout = holdout;
    this.variants = List.copyOf(variants);
    this.cumulative = new double[variants.size()];
    double sum = 0;
    for (int i = 0; i < variants.size(); i++) {
      sum += variants.get(i).weight();
      cumulative[i] = sum;
    }
  }

  public Assignment assign(String customerId) {
    byte[] d = digest(key + "\n" + customerId);
    ByteBuffer b = ByteBuffer.wrap(d);
    double uPilot = (b.getLong(0) >>> 11) * UNIT;
    double uHoldout = (b.getLong(8) >>> 11) * UNIT;
    double uVariant = (b.getLong(16) >>> 11) * UNIT;
    String messageId = "m" + HexFormat.of().formatHex(d, 20, 32);
    boolean inHoldout = uHoldout < holdout;
    boolean inPilot = uPilot < pilot;
    String variant =
        inHoldout
            ? HOLDOUT
            : promoted.isPresent() && !inPilot
                ? promoted.get()
                : pick(uVariant * cumulative[cumulative.length - 1]);
    return new Assignment(messageId, inPilot, inHoldout, variant);
  }

  private String pick(double u) {
    for (int i = 0; i < cumulative.length; i++) {
      if (u < cumulative[i]) {
        return variants.get(i).name();
      }
    }
    return variants.get(variants.size() - 1).name();
  }

  private static byte[] digest(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
