package dev.tailor.campaign.spec;

import dev.tailor.core.campaign.Variant;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A campaign file, validated. See {@code examples/campaigns/weekly-picks.yaml}.
 *
 * @param key the campaign key (also its id)
 * @param name a human name
 * @param audience the audience filters
 * @param frequencyCap the cap across campaigns
 * @param pilot the share of the audience a run reaches before full rollout, in (0, 1]
 * @param holdout the control group
 * @param variants the A/B/n arms; weights sum to 1
 * @param sendTime the send-time policy
 * @param throttle the rate limits
 * @param decideAt when recommendations are computed
 * @param delivery where messages go
 * @param promoted the variant every recipient outside the pilot gets once a pilot's winner is
 *     promoted ({@code tailor campaign promote}); empty: the weights split everyone
 * @param baseDir the folder strategy and template paths are relative to
 * @param text the file as given
 */
public record CampaignSpec(
    String key,
    String name,
    AudienceSpec audience,
    FrequencyCap frequencyCap,
    double pilot,
    HoldoutSpec holdout,
    List<Variant> variants,
    SendTimeSpec sendTime,
    ThrottleSpec throttle,
    DecideAt decideAt,
    DeliverySpec delivery,
    Optional<String> promoted,
    Path baseDir,
    String text) {
  /** When recommendations are computed. */
  public enum DecideAt {
    /** While planning, once for every recipient; the decision is recorded and reused. */
    BUILD,
    /** When each message is due, so a scheduled send uses the freshest data. */
    SEND
  }

  public CampaignSpec {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(audience, "audience");
    Objects.requireNonNull(frequencyCap, "frequencyCap");
    Objects.requireNonNull(holdout, "holdout");
    variants = List.copyOf(variants);
    Objects.requireNonNull(sendTime, "sendTime");
    Objects.requireNonNull(throttle, "throttle");
    Objects.requireNonNull(decideAt, "decideAt");
    Objects.requireNonNull(delivery, "delivery");
    Objects.requireNonNull(promoted, "promoted");
    Objects.requireNonNull(baseDir, "baseDir");
    Objects.requireNonNull(text, "text");
  }

  /**
   * The campaign text with {@code promoted: VARIANT} added (a comment line says why), as {@code
   * tailor campaign promote} stores it; the text must not promote a variant yet.
   */
  public static String promote(String text, String variant, String why) {
    String base = text.endsWith("\n") ? text : text + "\n";
    String reason = why.replaceAll("[\\r\\n]+", " ");
    return base + "\n# Promoted after the pilot: " + reason + "\npromoted: " + variant + "\n";
  }

  /** A strategy or template path of this file, resolved against its folder. */
  public Path resolve(String path) {
    return baseDir.resolve(path).normalize();
  }
}
