package dev.tailor.app.config;

import dev.tailor.insights.datacheck.DataCheckThresholds;
import dev.tailor.render.model.RenderConfig;

/**
 * Everything configurable, loaded once by {@link ConfigLoader} from defaults, a YAML file, the
 * environment and command-line options, in that order of precedence (last wins).
 */
public record TailorConfig(
    StoreConfig store,
    ImportConfig importing,
    DataCheckThresholds dataCheck,
    RecoConfig reco,
    RenderConfig render,
    MailConfig mail,
    InsightsConfig insights) {

  /** Render settings for a local trial; change the signing key and addresses before sending. */
  public static final RenderConfig RENDER_DEFAULTS =
      RenderConfig.of(
          "http://localhost:7070",
          "change-me-before-sending-email",
          "news@example.com",
          "Example Shop, 1 Example Street, Example City, Country");

  public static TailorConfig defaults() {
    return new TailorConfig(
        new StoreConfig(StoreConfig.DEFAULT_URL),
        ImportConfig.DEFAULTS,
        DataCheckThresholds.DEFAULTS,
        RecoConfig.DEFAULTS,
        RENDER_DEFAULTS,
        MailConfig.DEFAULTS,
        InsightsConfig.DEFAULTS);
  }

  public TailorConfig withStoreUrl(String url) {
    return new TailorConfig(
        new StoreConfig(url), importing, dataCheck, reco, render, mail, insights);
  }
}
