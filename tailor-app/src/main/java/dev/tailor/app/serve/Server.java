package dev.tailor.app.serve;

import dev.tailor.app.campaign.DashboardCampaigns;
import dev.tailor.app.wiring.Wiring;
import dev.tailor.core.store.Store;
import dev.tailor.insights.engagement.MachineTrafficRules;
import dev.tailor.render.links.LinkSigner;
import dev.tailor.web.WebBackend;
import dev.tailor.web.WebServer;
import dev.tailor.web.WebSettings;
import dev.tailor.web.auth.Passwords;
import dev.tailor.web.preview.PreviewRoutes;
import dev.tailor.web.track.TrackingRoutes;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** Assembles the HTTP server from the configuration: the one place the web module is wired. */
public final class Server {
  private Server() {}

  /**
   * Starts the server on {@code store} (which the caller closes after the server).
   *
   * @param strategies the folder whose {@code S.yaml} files serve {@code strategy=S}
   * @param env the environment, for training from the dashboard as {@code tailor train} would
   */
  public static WebServer start(
      Wiring wiring,
      Store store,
      WebSettings settings,
      Path strategies,
      Clock clock,
      Passwords passwords,
      java.util.Map<String, String> env) {
    StrategyFolder folder = new StrategyFolder(strategies);
    LiveRecommendations recommendations = new LiveRecommendations(wiring, store, folder, clock);
    recommendations.warm();
    // campaign files sit beside the strategies: ./campaigns, or examples/campaigns
    DashboardCampaigns campaigns =
        new DashboardCampaigns(wiring, store, strategies.resolveSibling("campaigns"), clock, env);
    WebBackend backend =
        new WebBackend(
            store,
            clock,
            new IngestRecordReader(),
            recommendations,
            Optional.of(
                new AppDashboard(
                    wiring, store, folder, recommendations, clock, env, Optional.of(campaigns))),
            List.of(
                new TrackingRoutes(
                    store,
                    clock,
                    new LinkSigner(wiring.config().render().signingKey())::verify,
                    MachineTrafficRules.DEFAULTS,
                    new SentEmailViewer(store, wiring.config().render())),
                new PreviewRoutes(campaigns)));
    return WebServer.start(settings, backend, passwords);
  }
}
