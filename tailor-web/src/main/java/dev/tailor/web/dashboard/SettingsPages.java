package dev.tailor.web.dashboard;

import dev.tailor.core.TailorException;
import dev.tailor.core.access.ApiKeyKind;
import dev.tailor.core.access.ApiKeyRepository;
import dev.tailor.web.auth.ApiKeys;
import dev.tailor.web.server.Access;
import dev.tailor.web.server.RouteGroup;
import dev.tailor.web.server.RouteTable;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@code /settings}: API keys (create, shown once; revoke). */
public final class SettingsPages implements RouteGroup {
  private final ApiKeys keys;
  private final ApiKeyRepository repository;

  public SettingsPages(ApiKeys keys, ApiKeyRepository repository) {
    this.keys = keys;
    this.repository = repository;
  }

  @Override
  public void register(RouteTable routes) {
    routes.get(
        "/settings",
        Access.SESSION,
        ctx -> show(ctx, Pages.page(ctx, "Settings", "/settings"), Optional.empty()));
    routes.post("/settings/keys", Access.SESSION, this::create);
    routes.post("/settings/keys/{id}/revoke", Access.SESSION, this::revoke);
  }

  private void show(Context ctx, Page page, Optional<String> secret) {
    ctx.header("Cache-Control", "no-store");
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("page", page);
    params.put("keys", repository.list());
    params.put("secret", secret);
    Pages.render(ctx, "settings.jte", params);
  }

  private void create(Context ctx) {
    Page page = Pages.page(ctx, "Settings", "/settings");
    try {
      ApiKeys.Created c =
          keys.create(ApiKeyKind.parse(Pages.form(ctx, "kind")), Pages.form(ctx, "label"));
      show(ctx, page.withMessage("Created key " + c.key().id() + "."), Optional.of(c.secret()));
    } catch (TailorException e) {
      ctx.status(400);
      show(ctx, page.withErrors(List.of(e.getMessage())), Optional.empty());
    }
  }

  private void revoke(Context ctx) {
    String id = ctx.pathParam("id");
    Page page = Pages.page(ctx, "Settings", "/settings");
    if (keys.revoke(id)) {
      show(ctx, page.withMessage("Revoked key " + id + "."), Optional.empty());
    } else {
      ctx.status(404);
      show(ctx, page.withErrors(List.of("No active key " + id + ".")), Optional.empty());
    }
  }
}
