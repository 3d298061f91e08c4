package dev.tailor.web.dashboard;

import dev.tailor.core.TailorException;
import dev.tailor.core.access.ApiKeyKind;
import dev.tailor.core.settings.ShopSettings;
import dev.tailor.core.store.Store;
import dev.tailor.web.auth.ApiKeys;
import dev.tailor.web.server.Access;
import dev.tailor.web.server.RouteGroup;
import dev.tailor.web.server.RouteTable;
import io.javalin.http.Context;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /settings}: API keys (create, shown once; revoke) and the sender settings (from name and
 * address, reply-to, postal address, tracking domain), validated and stored.
 */
public final class SettingsPages implements RouteGroup {
  /** The sender settings' form fields, as stored. */
  static final List<String> SENDER_FIELDS =
      List.of("sender_name", "sender_address", "reply_to", "postal_address", "tracking_base_url");

  private final ApiKeys keys;
  private final Store store;
  private final Clock clock;

  public SettingsPages(ApiKeys keys, Store store, Clock clock) {
    this.keys = keys;
    this.store = store;
    this.clock = clock;
  }

  @Override
  public void register(RouteTable routes) {
    routes.get(
        "/settings",
        Access.SESSION,
        ctx -> show(ctx, Pages.page(ctx, "Settings", "/settings"), Optional.empty(), stored()));
    routes.post("/settings/keys", Access.SESSION, this::create);
    routes.post("/settings/keys/{id}/revoke", Access.SESSION, this::revoke);
    routes.post("/settings/sender", Access.SESSION, this::saveSender);
  }

  private void show(Context ctx, Page page, Optional<String> secret, Map<String, String> sender) {
    ctx.header("Cache-Control", "no-store");
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("page", page);
    params.put("keys", store.apiKeys().list());
    params.put("secret", secret);
    params.put("sender", sender);
    Pages.render(ctx, "settings.jte", params);
  }

  private Map<String, String> stored() {
    ShopSettings s = store.settings().get();
    Map<String, String> m = new LinkedHashMap<>();
    m.put("sender_name", s.senderName().orElse(""));
    m.put("sender_address", s.senderAddress().orElse(""));
    m.put("reply_to", s.replyTo().orElse(""));
    m.put("postal_address", s.postalAddress().orElse(""));
    m.put("tracking_base_url", s.trackingBaseUrl().orElse(""));
    return m;
  }

  private void saveSender(Context ctx) {
    Page page = Pages.page(ctx, "Settings", "/settings");
    Map<String, String> given = new LinkedHashMap<>();
    SENDER_FIELDS.forEach(f -> given.put(f, Pages.form(ctx, f)));
    try {
      ShopSettings s =
          new ShopSettings(
              Optional.of(given.get("sender_name")),
              Optional.of(given.get("sender_address")),
              Optional.of(given.get("reply_to")),
              Optional.of(given.get("postal_address")),
              Optional.of(given.get("tracking_base_url")));
      store.settings().save(s, clock.instant());
      show(ctx, page.withMessage("Saved the sender settings."), Optional.empty(), stored());
    } catch (TailorException e) {
      ctx.status(400);
      show(ctx, page.withErrors(List.of(e.getMessage())), Optional.empty(), given);
    }
  }

  private void create(Context ctx) {
    Page page = Pages.page(ctx, "Settings", "/settings");
    try {
      ApiKeys.Created c =
          keys.create(ApiKeyKind.parse(Pages.form(ctx, "kind")), Pages.form(ctx, "label"));
      show(
          ctx,
          page.withMessage("Created key " + c.key().id() + "."),
          Optional.of(c.secret()),
          stored());
    } catch (TailorException e) {
      ctx.status(400);
      show(ctx, page.withErrors(List.of(e.getMessage())), Optional.empty(), stored());
    }
  }

  private void revoke(Context ctx) {
    String id = ctx.pathParam("id");
    Page page = Pages.page(ctx, "Settings", "/settings");
    if (keys.revoke(id)) {
      show(ctx, page.withMessage("Revoked key " + id + "."), Optional.empty(), stored());
    } else {
      ctx.status(404);
      show(ctx, page.withErrors(List.of("No active key " + id + ".")), Optional.empty(), stored());
    }
  }
}
