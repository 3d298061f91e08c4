package dev.tailor.web.dashboard;

import dev.tailor.core.TailorException;
import dev.tailor.web.server.Access;
import dev.tailor.web.server.Json;
import dev.tailor.web.server.RouteGroup;
import dev.tailor.web.server.RouteTable;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code /models}: trained snapshots with their quality, and training again. */
public final class ModelPages implements RouteGroup {
  private final DashboardBackend backend;

  public ModelPages(DashboardBackend backend) {
    this.backend = backend;
  }

  @Override
  public void register(RouteTable routes) {
    routes.get("/models", Access.SESSION, ctx -> show(ctx, Pages.page(ctx, "Models", "/models")));
    routes.post("/models/train", Access.SESSION, this::train);
  }

  private void show(Context ctx, Page page) throws Exception {
    List<ModelRow> models = backend.models();
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("page", page);
    params.put("models", models);
    params.put("chartJson", Json.mapper().writeValueAsString(QualityChart.of(models)));
    params.put("algorithms", backend.algorithms());
    Pages.render(ctx, "models.jte", params);
  }

  private void train(Context ctx) throws Exception {
    String algorithm = Pages.form(ctx, "algorithm");
    Page page = Pages.page(ctx, "Models", "/models");
    if (!backend.algorithms().contains(algorithm)) {
      ctx.status(400);
      show(ctx, page.withErrors(List.of("Unknown algorithm: " + algorithm)));
      return;
    }
    try {
      show(ctx, page.withMessage(backend.train(algorithm)));
    } catch (TailorException e) {
      ctx.status(e.code().isUserError() ? 400 : 500);
      show(ctx, page.withErrors(List.of(e.getMessage())));
    }
  }
}
