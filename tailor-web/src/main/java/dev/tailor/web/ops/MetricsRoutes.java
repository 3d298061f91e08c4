package dev.tailor.web.ops;

import dev.tailor.web.server.Access;
import dev.tailor.web.server.RouteGroup;
import dev.tailor.web.server.RouteTable;

/** {@code GET /metrics}: Prometheus text format. */
public final class MetricsRoutes implements RouteGroup {
  private final HttpMetrics metrics;

  public MetricsRoutes(HttpMetrics metrics) {
    this.metrics = metrics;
  }

  @Override
  public void register(RouteTable routes) {
    routes.get(
        "/metrics",
        Access.OPEN,
        ctx ->
            ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(metrics.scrape()));
  }
}
