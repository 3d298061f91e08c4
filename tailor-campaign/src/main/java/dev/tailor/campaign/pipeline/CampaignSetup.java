package dev.tailor.campaign.pipeline;

import dev.tailor.campaign.spec.CampaignFiles;
import dev.tailor.campaign.spec.CampaignSpec;
import dev.tailor.core.ErrorCode;
import dev.tailor.core.TailorException;
import dev.tailor.core.campaign.Variant;
import dev.tailor.strategy.decide.DecisionEngine;
import java.time.Duration;
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
 * @param sent the engines' {@code exclude_emailed} port, when it is {@link SentDecisions}: a chunk
 *     then reads its customers' earlier sends in one query
 */
public record CampaignSetup(
    CampaignSpec spec,
    CampaignFiles files,
    Map<String, DecisionEngine> engines,
    Composer composer,
    Optional<SentDecisions> sent) {
  public CampaignSetup {
    Objects.requireNonNull(spec, "spec");
    Objects.requireNonNull(files, "files");
    engines = Map.copyOf(engines);
    Objects.requireNonNull(composer, "composer");
    Objects.requireNonNull(sent, "sent");
    for (Variant v : files.arms()) {
      if (!engines.containsKey(v.name())) {
        throw new TailorException(ErrorCode.CONFIG, "no decision engine for variant " + v.name());
      }
    }
  }

  /** A setup whose chunks ask the engines' {@code exclude_emailed} port customer by customer. */
  public CampaignSetup(
      CampaignSpec spec,
      CampaignFiles files,
      Map<String, DecisionEngine> engines,
      Composer composer) {
    this(spec, files, engines, composer, Optional.empty());
  }

  /** This setup with another render step. */
  public CampaignSetup withComposer(Composer other) {
    return new CampaignSetup(spec, files, engines, other, sent);
  }

  /** The longest {@code exclude_emailed} window of any engine's slots, if any slot has one. */
  public Optional<Duration> emailedWindow() {
    return engines.values().stream()
        .flatMap(e -> e.spec().slots().stream())
        .map(s -> s.rules().excludeEmailed())
        .flatMap(Optional::stream)
        .max(Duration::compareTo);
  }

  public DecisionEngine engine(String variant) {
    return engines.get(variant);
  }

  /** The sending variant of this name (the generic holdout for {@code holdout}). */
  public Optional<Variant> arm(String name) {
    return files.arms().stream().filter(v -> v.name().equals(name)).findFirst();
  }
}
