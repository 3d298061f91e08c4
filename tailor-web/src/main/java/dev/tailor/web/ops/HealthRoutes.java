package dev.tailor.web.ops;

import dev.tailor.core.store.Store;
import dev.tailor.web.server.Access;
import dev.tailor.web.server.RouteGroup;
import dev.tailor.web.server.RouteTable;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code GET /health}: 200 with {@code status: ok} when the process runs and the store answers a
 * query; 503 with {@code status: degraded} and the store's failure otherwise.
 */
public final class HealthRoutes implements RouteGroup {
  private static final Logger LOG = LoggerFactory.getLogger(HealthRoutes.class);

  private final Store store;

  public HealthRoutes(Store store) {
    this.store = store;
  }

  @Override
  public void register(RouteTable routes) {
    routes.get("/health", Access.OPEN, this::health);
  }

  private void health(Context ctx) {
    Map<String, Object> body = new LinkedHashMap<>();
    long start = System.nanoTime();
    boolean storeUp;
    try {
      store.users().count();
      storeUp = true;
    } catch (RuntimeException e) {
      LOG.warn("health: the store does not answer: {}", e.getMessage());
      storeUp = false;
    }
    body.put("status", storeUp ? "ok" : "degraded");
    body.put("store", storeUp ? "ok" : "unreachable");
    body.put("store_ms", Math.round((System.nanoTime() - start) / 10_000.0) / 100.0);
    ctx.status(storeUp ? 200 : 503).json(body);
  }
}
