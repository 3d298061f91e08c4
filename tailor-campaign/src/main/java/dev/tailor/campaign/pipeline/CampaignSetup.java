package dev.tailor.campaign.pipeline;

import dev.tailor.campaign.spec.CampaignFiles;
import dev.tailor.campaign.spec.CampaignSpec;
import dev.tailor.core.ErrorCode;
import dev.tailor.core.TailorException;
import dev.tailor.core.campaign.Variant;
import dev.tailor.strategy.decide.DecisionEngine;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything a campaign run needs besides the store and the transport.
 *
 * @param spec the campaign file
 * @param files its strategies and templates
 * @param engines a decision engine per sending variant ({@code holdout} for a generic holdout)
 * @param composer the render step
 */
public record CampaignSetup(
    CampaignSpec spec,
    CampaignFiles files,
    Map<String, DecisionEngine> engines,
    Composer composer) {
  public CampaignSetup {
    Objects.requireNonNull(spec, "spec");
    Objects.requireNonNull(files, "files");
    engines = Map.copyOf(engines);
    Objects.requireNonNull(composer, "composer");
    for (Variant v : files.arms()) {
      if (!engines.containsKey(v.name())) {
        throw new TailorException(ErrorCode.CONFIG, "no decision engine for variant " + v.name());
      }
    }
  }

  public DecisionEngine engine(String variant) {
    return engines.get(variant);
  }

  /** The sending variant of this name (the generic holdout for {@code holdout}). */
  public Optional<Variant> arm(String name) {
    return files.arms().stream().filter(v -> v.name().equals(name)).findFirst();
  }
}
