package dev.tailor.web;

import dev.tailor.web.api.IdentifyRoutes;
import dev.tailor.web.api.ProductRoutes;
import dev.tailor.web.api.RecommendationRoutes;
import dev.tailor.web.api.TrackRoutes;
import dev.tailor.web.auth.AccessGate;
import dev.tailor.web.auth.ApiKeys;
import dev.tailor.web.auth.LoginLimiter;
import dev.tailor.web.auth.Passwords;
import dev.tailor.web.auth.Sessions;
import dev.tailor.web.dashboard.Dashboard;
import dev.tailor.web.openapi.OpenApiRoutes;
import dev.tailor.web.ops.HealthRoutes;
import dev.tailor.web.ops.HttpMetrics;
import dev.tailor.web.ops.MetricsRoutes;
import dev.tailor.web.ops.RequestLog;
import dev.tailor.web.server.ClientAddress;
import dev.tailor.web.server.CommonHeaders;
import dev.tailor.web.server.InFlight;
import dev.tailor.web.server.Json;
import dev.tailor.web.server.LeanLane;
import dev.tailor.web.server.LeanRoute;
import dev.tailor.web.server.Problem;
import dev.tailor.web.server.ProblemException;
import dev.tailor.web.server.ProblemResponses;
import dev.tailor.web.server.RouteGroup;
import dev.tailor.web.server.RouteTable;
import io.javalin.Javalin;
import io.javalin.json.JavalinJackson;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running server. {@link #start} binds and returns once it accepts requests; {@link #close}
 * stops taking new requests (503), waits for those in flight, then stops.
 */
public final class WebServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);
  private static final String COUNTED = "tailor.inflight";
  private static final long FLUSH_MILLIS = 200;
  private static final long DISCARD_LIMIT = 4L * 1024 * 1024;

  private final Javalin app;
  private final InFlight inFlight;
  private final List<RouteTable.Route> routes;
  private final WebSettings settings;

  private WebServer(
      Javalin app, InFlight inFlight, List<RouteTable.Route> routes, WebSettings settings) {
    this.app = app;
    this.inFlight = inFlight;
    this.routes = routes;
    this.settings = settings;
  }

  public static WebServer start(WebSettings settings, WebBackend backend) {
    return start(settings, backend, new Passwords());
  }

  /** With a given password hasher (tests use fewer iterations). */
  public static WebServer start(WebSettings settings, WebBackend backend, Passwords passwords) {
    HttpMetrics metrics =
        new HttpMetrics(backend.clock(), backend.recommendations()::modelCreatedAt);
    ApiKeys keys = new ApiKeys(backend.store().apiKeys(), backend.clock());
    Sessions sessions = new Sessions(backend.store().sessions(), backend.clock());
    AccessGate gate = new AccessGate(keys, sessions);
    InFlight inFlight = new InFlight();
    RequestLog log = new RequestLog(metrics);
    List<RouteGroup> groups = new ArrayList<>();
    groups.add(new HealthRoutes(backend.store()));
    groups.add(new MetricsRoutes(metrics));
    groups.add(new OpenApiRoutes());
    groups.add(
        new TrackRoutes(
            backend.store(),
            backend.records(),
            metrics,
            backend.clock(),
            backend.recommendations()::eventsTracked));
    groups.add(
        new IdentifyRoutes(
            backend.store(),
            backend.records(),
            backend.clock(),
            backend.recommendations()::eventsTracked));
    groups.add(new ProductRoutes(backend.store(), backend.records(), backend.recommendations()));
    groups.add(new RecommendationRoutes(backend.recommendations()));
    backend
        .dashboard()
        .ifPresent(
            d ->
                groups.addAll(
                    Dashboard.routeGroups(
                        d,
                        backend.store(),
                        keys,
                        sessions,
                        passwords,
                        new LoginLimiter(backend.clock()),
                        settings.secureCookies(),
                        backend.clock())));
    groups.addAll(backend.extraRoutes());
    AtomicReference<List<RouteTable.Route>> registered = new AtomicReference<>(List.of());
    Javalin app =
        Javalin.create(
            cfg -> {
              cfg.startup.showJavalinBanner = false;
              cfg.startup.showOldJavalinVersionWarning = false;
              cfg.http.maxRequestSize = settings.maxBodyBytes();
              ClientAddress client = ClientAddress.trusting(settings.trustedProxies());
              cfg.contextResolver.ip =
                  ctx -> client.resolve(ctx.req().getRemoteAddr(), ctx.header("X-Forwarded-For"));
              cfg.jsonMapper(new JavalinJackson(Json.mapper(), false));
              cfg.jetty.modifyServer(
                  server -> server.setStopTimeout(settings.drainTimeout().toMillis()));
              cfg.staticFiles.enableWebjars();
              // The request logger runs after the response is written: only then is a request
              // finished for a graceful stop.
              cfg.requestLogger.http(
                  (ctx, ms) -> {
                    try {
                      log.log(ctx, ms);
                    } finally {
                      if (ctx.attribute(COUNTED) != null) {
                        ctx.attribute(COUNTED, null);
                        inFlight.leave();
                      }
                    }
                  });
              cfg.routes.before(
                  ctx -> {
                    if (!inFlight.enter()) {
                      ctx.header("Connection", "close");
                      throw new ProblemException(
                          Problem.of(
                              503, "shutting_down", "Shutting down", "the server is stopping"));
                    }
                    ctx.attribute(COUNTED, Boolean.TRUE);
                    CommonHeaders.forEach(ctx::header);
                    long length = ctx.contentLength();
                    if (length > settings.maxBodyBytes()) {
                      ctx.header("Connection", "close");
                      discardBody(ctx.req().getInputStream(), length);
                      throw new ProblemException(
                          Problem.of(
                              413,
                              "payload_too_large",
                              "Request body too large",
                              "the body has "
                                  + length
                                  + " bytes; at most "
                                  + settings.maxBodyBytes()
                                  + " are accepted"));
                    }
                  });
              ProblemResponses.install(cfg.routes);
              RouteTable table = new RouteTable(cfg.routes, gate);
              groups.forEach(g -> g.register(table));
              registered.set(table.routes());
              // hot open routes (tracking hits) are answered ahead of Javalin's pipeline
              List<LeanRoute> lean = table.leanRoutes();
              if (!lean.isEmpty()) {
                cfg.jetty.modifyServer(
                    server -> server.insertHandler(new LeanLane(lean, inFlight, client, log::log)));
              }
            });
    app.start(settings.host(), settings.port());
    LOG.info("serving on http://{}:{}", settings.host(), app.port());
    return new WebServer(app, inFlight, registered.get(), settings);
  }

  /**
   * Reads and drops an over-limit body of at most {@link #DISCARD_LIMIT} bytes, so that the client,
   * still sending it, receives the 413 instead of a reset connection: a socket closed with unread
   * bytes is reset, and the reset drops the answer on the client's side. Longer bodies are not
   * read; their senders may see the connection reset.
   */
  private static void discardBody(java.io.InputStream in, long length) {
    if (length > DISCARD_LIMIT) {
      return;
    }
    try {
      byte[] buf = new byte[8_192];
      long left = length;
      while (left > 0) {
        int n = in.read(buf, 0, (int) Math.min(buf.length, left));
        if (n < 0) {
          return;
        }
        left -= n;
      }
    } catch (java.io.IOException e) {
      // the client went away or was too slow; the answer is still attempted
    }
  }

  /** The port the server listens on (the real one when started on port 0). */
  public int port() {
    return app.port();
  }

  /** Every route registered, for the API description's check. */
  public List<RouteTable.Route> routes() {
    return routes;
  }

  /** Requests being handled now. */
  public int inFlight() {
    return inFlight.running();
  }

  @Override
  public void close() {
    try {
      if (!inFlight.drain(settings.drainTimeout())) {
        LOG.warn(
            "stopping with {} requests still running after {}",
            inFlight.running(),
            settings.drainTimeout());
      }
      // The last responses are counted as done once written to Jetty; give them a moment to
      // reach the wire before the connectors close.
      Thread.sleep(FLUSH_MILLIS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    app.stop();
  }
}
