package dev.tailor.web.ops;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.tailor.web.server.Json;
import dev.tailor.web.server.RouteTable;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One JSON line per request on logger {@code tailor.http}: method, path, matched route, status,
 * duration, client address and the API key id or user (never a secret, never the query string).
 * Successful open pixels and tracked clicks are logged at debug ({@code
 * TAILOR_HTTP_LOG_LEVEL=DEBUG}): each is an event in the store already.
 */
public final class RequestLog {
  /** Context attribute under which the gate leaves who called: a key id or a user name. */
  public static final String PRINCIPAL = "tailor.principal";

  private static final Logger LOG = LoggerFactory.getLogger("tailor.http");

  /** The routes of open pixels and tracked clicks. */
  private static final Set<String> TRACKING_HITS = Set.of("/o/{pixel}", "/c/{message}");

  private final HttpMetrics metrics;

  public RequestLog(HttpMetrics metrics) {
    this.metrics = metrics;
  }

  /** The route a request matched, e.g. {@code /v1/track}, or {@code unmatched}. */
  public static String routeOf(Context ctx) {
    Object route = ctx.attribute(RouteTable.ROUTE);
    return route == null ? "unmatched" : route.toString();
  }

  public void log(Context ctx, Float millis) {
    Object who = ctx.attribute(PRINCIPAL);
    log(
        ctx.method().name(),
        ctx.path(),
        routeOf(ctx),
        ctx.statusCode(),
        millis == null ? 0 : millis,
        ctx::ip,
        who);
  }

  /** A request the lean lane answered (no principal: its routes are open). */
  public void log(String method, String path, String route, int status, double ms, String ip) {
    log(method, path, route, status, ms, () -> ip, null);
  }

  private void log(
      String method,
      String path,
      String route,
      int status,
      double ms,
      Supplier<String> ip,
      Object who) {
    metrics.request(method, route, status, ms);
    // a successful open or click is already an event in the store (and counted in the metrics):
    // its line is written at debug only, so a burst of hits does not wait on the log
    boolean quiet = TRACKING_HITS.contains(route) && status < 400;
    if (quiet ? !LOG.isDebugEnabled() : !LOG.isInfoEnabled()) {
      return;
    }
    Map<String, Object> line = new LinkedHashMap<>();
    line.put("method", method);
    line.put("path", path);
    line.put("route", route);
    line.put("status", status);
    line.put("ms", Math.round(ms * 100) / 100.0);
    line.put("ip", ip.get());
    if (who != null) {
      line.put("principal", who);
    }
    try {
      String json = Json.mapper().writeValueAsString(line);
      if (quiet) {
        LOG.debug(json);
      } else {
        LOG.info(json);
      }
    } catch (JsonProcessingException e) {
      LOG.info("{} {} {}", method, path, status);
    }
  }
}
