package dev.tailor.app.config;

import dev.tailor.insights.datacheck.DataCheckThresholds;

/**
 * Everything configurable, loaded once by {@link ConfigLoader} from defaults, a YAML file, the
 * environment and command-line options, in that order of precedence (last wins).
 */
public record TailorConfig(
    StoreConfig store, ImportConfig importing, DataCheckThresholds dataCheck, RecoConfig reco) {

  public static TailorConfig defaults() {
    return new TailorConfig(
        new StoreConfig(StoreConfig.DEFAULT_URL),
        ImportConfig.DEFAULTS,
        DataCheckThresholds.DEFAULTS,
        RecoConfig.DEFAULTS);
  }

  public TailorConfig withStoreUrl(String url) {
    return new TailorConfig(new StoreConfig(url), importing, dataCheck, reco);
  }
}
