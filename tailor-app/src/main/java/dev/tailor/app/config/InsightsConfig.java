package dev.tailor.app.config;

import dev.tailor.core.ErrorCode;
import dev.tailor.core.TailorException;
import dev.tailor.insights.alerts.EwmaSettings;
import dev.tailor.insights.attribution.AttributionPolicy;
import dev.tailor.insights.engagement.MachineTrafficRules;
import dev.tailor.insights.report.ReportSettings;
import dev.tailor.insights.report.WinnerMetric;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * How campaigns are measured and watched: attribution windows ({@code tailor.attribution.*}), the
 * report's statistics ({@code tailor.report.*}) and alerts with their webhook ({@code
 * tailor.alerts.*}).
 *
 * @param report the report settings (attribution windows inside)
 * @param alerts the EWMA alert thresholds
 * @param webhookUrl where {@code tailor campaign alerts} also posts alerts; empty for none
 * @param webhookSecretEnv the environment variable holding the webhook's signing secret; empty for
 *     unsigned requests
 */
public record InsightsConfig(
    ReportSettings report,
    EwmaSettings alerts,
    Optional<URI> webhookUrl,
    Optional<String> webhookSecretEnv) {
  public static final InsightsConfig DEFAULTS =
      new InsightsConfig(
          ReportSettings.DEFAULTS, EwmaSettings.DEFAULTS, Optional.empty(), Optional.empty());

  public InsightsConfig {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(alerts, "alerts");
    Objects.requireNonNull(webhookUrl, "webhookUrl");
    Objects.requireNonNull(webhookSecretEnv, "webhookSecretEnv");
    webhookUrl.ifPresent(InsightsConfig::requireWebUrl);
  }

  /** Every key with its default, in documentation order. */
  static Map<String, String> defaultValues() {
    ReportSettings r = DEFAULTS.report();
    AttributionPolicy a = r.attribution();
    EwmaSettings e = DEFAULTS.alerts();
    Map<String, String> m = new LinkedHashMap<>();
    m.put("tailor.attribution.click-window", RecoConfig.format(a.clickWindow()));
    m.put("tailor.attribution.open-window", RecoConfig.format(a.openWindow()));
    m.put("tailor.attribution.outcome-window", RecoConfig.format(a.outcomeWindow()));
    m.put("tailor.report.metric", r.metric().name().toLowerCase(Locale.ROOT));
    m.put("tailor.report.alpha", Double.toString(r.alpha()));
    m.put("tailor.report.power", Double.toString(r.power()));
    m.put("tailor.report.minimum-relative-effect", Double.toString(r.minimumRelativeEffect()));
    m.put("tailor.report.bootstrap-resamples", Integer.toString(r.bootstrapResamples()));
    m.put("tailor.report.seed", Long.toString(r.seed()));
    m.put("tailor.report.top-products", Integer.toString(r.topProducts()));
    m.put("tailor.report.min-impressions", Integer.toString(r.minImpressions()));
    m.put("tailor.alerts.lambda", Double.toString(e.lambda()));
    m.put("tailor.alerts.threshold", Double.toString(e.threshold()));
    m.put("tailor.alerts.min-history", Integer.toString(e.minHistory()));
    m.put("tailor.alerts.min-trials", Long.toString(e.minTrials()));
    m.put("tailor.alerts.webhook-url", "");
    m.put("tailor.alerts.webhook-secret-env", "");
    return m;
  }

  /**
   * Builds the settings from raw values.
   *
   * @param value the raw value of a key
   * @param integer the value of a key as a whole number, failing with the key and origin
   * @param decimal the value of a key as a number, failing with the key and origin
   */
  static InsightsConfig of(
      Function<String, String> value,
      Function<String, Integer> integer,
      Function<String, Double> decimal) {
    AttributionPolicy attribution =
        new AttributionPolicy(
            RecoConfig.parseDuration(
                "tailor.attribution.click-window", value.apply("tailor.attribution.click-window")),
            RecoConfig.parseDuration(
                "tailor.attribution.open-window", value.apply("tailor.attribution.open-window")),
            RecoConfig.parseDuration(
                "tailor.attribution.outcome-window",
                value.apply("tailor.attribution.outcome-window")));
    ReportSettings report =
        new ReportSettings(
            metric(value.apply("tailor.report.metric")),
            decimal.apply("tailor.report.alpha"),
            decimal.apply("tailor.report.power"),
            decimal.apply("tailor.report.minimum-relative-effect"),
            integer.apply("tailor.report.bootstrap-resamples"),
            integer.apply("tailor.report.seed"),
            integer.apply("tailor.report.top-products"),
            integer.apply("tailor.report.min-impressions"),
            attribution,
            MachineTrafficRules.DEFAULTS);
    EwmaSettings alerts =
        new EwmaSettings(
            decimal.apply("tailor.alerts.lambda"),
            decimal.apply("tailor.alerts.threshold"),
            integer.apply("tailor.alerts.min-history"),
            integer.apply("tailor.alerts.min-trials"));
    String url = value.apply("tailor.alerts.webhook-url").strip();
    String secret = value.apply("tailor.alerts.webhook-secret-env").strip();
    return new InsightsConfig(
        report,
        alerts,
        url.isEmpty() ? Optional.empty() : Optional.of(uri(url)),
        secret.isEmpty() ? Optional.empty() : Optional.of(secret));
  }

  private static WinnerMetric metric(String v) {
    for (WinnerMetric m : WinnerMetric.values()) {
      if (m.name().equalsIgnoreCase(v.strip())) {
        return m;
      }
    }
    throw new TailorException(
        ErrorCode.CONFIG,
        "tailor.report.metric must be clicks, conversions or revenue (never opens), not '"
            + v
            + "'");
  }

  private static URI uri(String url) {
    try {
      return URI.create(url);
    } catch (IllegalArgumentException e) {
      throw new TailorException(
          ErrorCode.CONFIG, "tailor.alerts.webhook-url is not a URL: '" + url + "'");
    }
  }

  private static void requireWebUrl(URI url) {
    String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
    if (!(scheme.equals("http") || scheme.equals("https")) || url.getHost() == null) {
      throw new TailorException(
          ErrorCode.CONFIG,
          "tailor.alerts.webhook-url must be an http or https URL, not '" + url + "'");
    }
  }
}
