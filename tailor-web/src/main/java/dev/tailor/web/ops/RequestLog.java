package dev.tailor.web.ops;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.tailor.web.server.Json;
import dev.tailor.web.server.RouteTable;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One JSON line per request on logger {@code tailor.http}: method, path, matched route, status,
 * duration, client address and the API key id or user (never a secret, never the query string).
 */
public final class RequestLog {
  /** Context attribute under which the gate leaves who called: a key id or a user name. */
  public static final String PRINCIPAL = "tailor.principal";

  private static final Logger LOG = LoggerFactory.getLogger("tailor.http");

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
    double ms = millis == null ? 0 : millis;
    String route = routeOf(ctx);
    metrics.request(ctx.method().name(), route, ctx.statusCode(), ms);
    if (!LOG.isInfoEnabled()) {
      return;
    }
    Map<String, Object> line = new LinkedHashMap<>();
    line.put("method", ctx.method().name());
    line.put("path", ctx.path());
    line.put("route", route);
    line.put("status", ctx.statusCode());
    line.put("ms", Math.round(ms * 100) / 100.0);
    line.put("ip", ctx.ip());
    Object who = ctx.attribute(PRINCIPAL);
    if (who != null) {
      line.put("principal", who);
    }
    try {
      LOG.info(Json.mapper().writeValueAsString(line));
    } catch (JsonProcessingException e) {
      LOG.info("{} {} {}", ctx.method(), ctx.path(), ctx.statusCode());
    }
  }
}
