package dev.tailor.web.dashboard;

import dev.tailor.web.server.Access;
import dev.tailor.web.server.Json;
import dev.tailor.web.server.RouteGroup;
import dev.tailor.web.server.RouteTable;
import io.javalin.http.Context;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code GET /}: the data check and a chart of events per day. */
public final class HealthPage implements RouteGroup {
  private final DashboardBackend backend;

  public HealthPage(DashboardBackend backend) {
    this.backend = backend;
  }

  @Override
  public void register(RouteTable routes) {
    routes.get("/", Access.SESSION, this::show);
  }

  private void show(Context ctx) throws Exception {
    DataHealth health = backend.dataHealth();
    List<Long> x = new ArrayList<>();
    List<Long> y = new ArrayList<>();
    for (DataHealth.DayCount d : health.eventsPerDay()) {
      x.add(d.day().atStartOfDay().toEpochSecond(ZoneOffset.UTC));
      y.add(d.events());
    }
    Map<String, Object> series = new LinkedHashMap<>();
    series.put("x", x);
    series.put("y", y);
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("page", Pages.page(ctx, "Data health", "/"));
    params.put("health", health);
    params.put("chartJson", Json.mapper().writeValueAsString(series));
    Pages.render(ctx, "health.jte", params);
  }
}
