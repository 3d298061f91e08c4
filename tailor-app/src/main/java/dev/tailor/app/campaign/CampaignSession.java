package dev.tailor.app.campaign;

import dev.tailor.app.cli.Output;
import dev.tailor.app.config.TailorConfig;
import dev.tailor.campaign.pipeline.CampaignSetup;
import dev.tailor.campaign.pipeline.SentClickFeedback;
import dev.tailor.campaign.pipeline.SentDecisions;
import dev.tailor.campaign.pipeline.TemplateComposer;
import dev.tailor.campaign.spec.CampaignFiles;
import dev.tailor.campaign.spec.CampaignParser;
import dev.tailor.campaign.spec.CampaignSpec;
import dev.tailor.campaign.spec.DeliverySpec;
import dev.tailor.core.ErrorCode;
import dev.tailor.core.TailorException;
import dev.tailor.core.campaign.Campaign;
import dev.tailor.core.campaign.Variant;
import dev.tailor.core.catalog.Product;
import dev.tailor.core.mail.MailTransport;
import dev.tailor.core.store.Store;
import dev.tailor.mail.DeliverySettings;
import dev.tailor.mail.MailTransports;
import dev.tailor.mail.export.EspExportSettings;
import dev.tailor.mail.outbox.OutboxSettings;
import dev.tailor.reco.model.TrainingData;
import dev.tailor.render.EmailRenderer;
import dev.tailor.strategy.decide.DecisionEngine;
import dev.tailor.strategy.explore.ClickFeedback;
import dev.tailor.strategy.source.ModelSet;
import dev.tailor.strategy.spec.StrategySpec;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Builds what a campaign run needs from a parsed campaign file: one model set for every algorithm
 * its strategies name (latest snapshots; cheap missing ones trained on the fly), a decision engine
 * per variant whose {@code exclude_emailed} rules read the products of earlier sends ({@link
 * SentDecisions}), the render step (with the dashboard's sender settings, see {@link
 * SenderSettings}), and the transport of its {@code delivery} section.
 */
final class CampaignSession {
  private CampaignSession() {}

  static CampaignSetup setup(
      CampaignSpec spec,
      CampaignFiles files,
      Store store,
      TailorConfig config,
      dev.tailor.app.wiring.Wiring wiring,
      Clock clock,
      Output output) {
    Set<String> algorithms = new TreeSet<>();
    for (StrategySpec s : files.strategies().values()) {
      algorithms.addAll(s.algorithms());
    }
    ModelSet models =
        ModelSet.load(
            wiring.snapshots(),
            algorithms,
            Optional.of(
                () ->
                    TrainingData.fromStore(store, config.reco().weights(), config.reco().window())),
            output::note);
    Map<String, Product> catalog = new HashMap<>();
    store.products().forEach(p -> catalog.put(p.id(), p));
    Map<String, DecisionEngine> engines = new LinkedHashMap<>();
    // shows and human clicks of every message sent in the window: read once, and only when a
    // variant's strategy explores by them (Thompson sampling, arms)
    ClickFeedback clicks =
        files.strategies().values().stream().anyMatch(StrategySpec::usesClickFeedback)
            ? SentClickFeedback.load(store, clock.instant())
            : ClickFeedback.NONE;
    SentDecisions sent = new SentDecisions(store.messages());
    for (Variant v : files.arms()) {
      engines.put(
          v.name(),
          new DecisionEngine(
              files.strategies().get(v.name()),
              models,
              catalog,
              new DecisionEngine.Settings(clock, sent, clicks, 0)));
    }
    // the sender settings saved in the dashboard, where the configuration keeps its defaults
    var sender = store.settings().get();
    TemplateComposer composer =
        new TemplateComposer(
            new EmailRenderer(SenderSettings.render(config.render(), sender)),
            files.templates(),
            files.arms(),
            catalog);
    return SenderSettings.setup(
        new CampaignSetup(spec, files, engines, composer, Optional.of(sent)), sender);
  }

  /** The campaign file a campaign was run with, as kept in the store. */
  /** The stored campaign {@code id}; NOT_FOUND naming the store when there is none. */
  static Campaign getCampaign(Store store, String id) {
    return store
        .campaigns()
        .findById(Campaign.requireKey(id))
        .orElseThrow(
            () ->
                new TailorException(
                    ErrorCode.NOT_FOUND,
                    "no campaign "
                        + id
                        + " in "
                        + store.describe()
                        + "; see tailor campaign list"));
  }

  static CampaignSpec storedSpec(Campaign c) {
    Path dir = Path.of(c.source()).toAbsolutePath().getParent();
    return CampaignParser.parse(c.spec(), c.source(), dir == null ? Path.of(".") : dir);
  }

  /**
   * The transport of the campaign's {@code delivery} section: paths are relative to the working
   * folder; SMTP uses the server of {@code tailor.mail.smtp.*}. SMTP messages and outbox files are
   * DKIM-signed when {@code tailor.mail.dkim.*} configures a key (the ESP export never is).
   */
  static MailTransport transport(
      CampaignSpec spec, TailorConfig config, Clock clock, Map<String, String> env) {
    DeliverySpec d = spec.delivery();
    DeliverySettings settings =
        switch (d.channel()) {
          case OUTBOX ->
              DeliverySettings.outbox(OutboxSettings.of(Path.of(d.path().orElseThrow())));
          case ESP_EXPORT ->
              DeliverySettings.espExport(new EspExportSettings(Path.of(d.path().orElseThrow())));
          case SMTP ->
              DeliverySettings.smtp(
                  config
                      .mail()
                      .smtp()
                      .orElseThrow(
                          () ->
                              new TailorException(
                                  ErrorCode.CONFIG,
                                  "delivery.channel smtp needs an SMTP server:"
                                      + " set tailor.mail.smtp.host in the configuration file"
                                      + " (or TAILOR_MAIL_SMTP_HOST)")));
        };
    DeliverySettings signed =
        config.mail().dkim().signing().map(settings::withDkim).orElse(settings);
    return MailTransports.create(signed, clock, env::get);
  }
}
