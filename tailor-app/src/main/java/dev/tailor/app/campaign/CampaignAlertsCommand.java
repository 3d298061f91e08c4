package dev.tailor.app.campaign;

import dev.tailor.app.alerts.WebhookAlertSink;
import dev.tailor.app.alerts.WebhookSettings;
import dev.tailor.app.cli.Output;
import dev.tailor.app.cli.TailorSubcommand;
import dev.tailor.app.config.InsightsConfig;
import dev.tailor.app.wiring.Wiring;
import dev.tailor.core.ErrorCode;
import dev.tailor.core.TailorException;
import dev.tailor.core.campaign.Campaign;
import dev.tailor.core.store.Store;
import dev.tailor.insights.alerts.Alert;
import dev.tailor.insights.alerts.CampaignMonitor;
import dev.tailor.insights.alerts.LogAlertSink;
import dev.tailor.insights.alerts.RecommendationAudit;
import dev.tailor.insights.attribution.SentMessage;
import dev.tailor.insights.report.DailySeries;
import dev.tailor.insights.report.ReportInput;
import dev.tailor.insights.report.ReportSettings;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code tailor campaign alerts ID}: what is going wrong with a campaign now. */
@Command(
    name = "alerts",
    mixinStandardHelpOptions = true,
    description =
        "Checks a campaign now: a drop in click or conversion rate, or a spike in bounces, against"
            + " its own daily baseline (EWMA), and recommended products that are out of stock or"
            + " carry a blocked term. Alerts are printed, logged and, with --webhook, posted.")
public final class CampaignAlertsCommand extends TailorSubcommand implements Callable<Integer> {
  @Parameters(paramLabel = "ID", description = "The campaign key.")
  private String id;

  @Option(
      names = "--blocked-terms",
      split = ",",
      paramLabel = "TERMS",
      description =
          "Comma-separated words no recommended product may carry (title, brand, category, tags).")
  private List<String> blockedTerms = new ArrayList<>();

  @Option(
      names = "--webhook",
      paramLabel = "URL",
      description = "Also post each alert here (default: tailor.alerts.webhook-url).")
  private String webhook;

  @Option(
      names = "--webhook-secret-env",
      paramLabel = "VAR",
      description =
          "Environment variable holding the secret that signs webhook requests (default:"
              + " tailor.alerts.webhook-secret-env).")
  private String secretEnv;

  @Override
  public Integer call() {
    Output out = root().output();
    Instant now = root().context().clock().instant();
    Optional<WebhookAlertSink> hook = webhook();
    InsightsConfig insights = root().config().insights();
    ReportSettings settings = insights.report();
    List<Alert> alerts = new ArrayList<>();
    try (Store store = new Wiring(root().config()).openStore()) {
      Campaign c = CampaignSession.getCampaign(store, id);
      ReportInput in = CampaignReportLoader.load(store, c.id(), settings.attribution());
      alerts.addAll(
          new CampaignMonitor(insights.alerts()).check(DailySeries.of(in, settings, now), now));
      List<SentMessage> mailed = in.messages().stream().filter(m -> !m.holdout()).toList();
      alerts.addAll(
          new RecommendationAudit(blockedTerms)
              .audit(c.id(), mailed, pid -> store.products().findById(pid), now));
    }
    LogAlertSink log = new LogAlertSink();
    int failed = 0;
    for (Alert a : alerts) {
      log.deliver(a);
      if (hook.isPresent()) {
        try {
          hook.get().deliver(a);
        } catch (TailorException e) {
          failed++;
          out.note(e.getMessage());
        }
      }
    }
    if (out.json()) {
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("campaign", id);
      json.put("alerts", alerts);
      out.printJson(json);
    } else if (alerts.isEmpty()) {
      out.line("no alerts for campaign " + id);
    } else {
      for (Alert a : alerts) {
        out.line(a.severity() + " " + a.code() + ": " + a.message());
      }
    }
    return failed == 0 ? 0 : 1;
  }

  private Optional<WebhookAlertSink> webhook() {
    InsightsConfig insights = root().config().insights();
    // the options win; the configured webhook and its secret apply together when no --webhook
    String target = webhook;
    String secretVar = secretEnv;
    if (target == null && insights.webhookUrl().isPresent()) {
      target = insights.webhookUrl().get().toString();
      secretVar = secretVar != null ? secretVar : insights.webhookSecretEnv().orElse(null);
    }
    if (target == null) {
      if (secretVar != null) {
        throw new TailorException(ErrorCode.BAD_INPUT, "--webhook-secret-env needs --webhook");
      }
      return Optional.empty();
    }
    Optional<String> secret = Optional.empty();
    if (secretVar != null) {
      String value = root().context().env().get(secretVar);
      if (value == null || value.isEmpty()) {
        throw new TailorException(
            ErrorCode.BAD_INPUT,
            "--webhook-secret-env: environment variable " + secretVar + " is not set");
      }
      secret = Optional.of(value);
    }
    URI url;
    try {
      url = URI.create(target.strip());
    } catch (IllegalArgumentException e) {
      throw new TailorException(ErrorCode.BAD_INPUT, "--webhook is not a URL: " + e.getMessage());
    }
    return Optional.of(
        new WebhookAlertSink(new WebhookSettings(url, secret, Duration.ofSeconds(5))));
  }
}
