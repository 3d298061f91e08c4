package dev.tailor.web.preview;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.tailor.core.Ids;
import dev.tailor.core.TailorException;
import dev.tailor.core.campaign.Campaign;
import dev.tailor.web.server.Access;
import dev.tailor.web.server.Json;
import dev.tailor.web.server.Problem;
import dev.tailor.web.server.ProblemException;
import dev.tailor.web.server.RouteGroup;
import dev.tailor.web.server.RouteTable;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code GET /v1/preview?campaign=ID&customer=C[&format=html]}: exactly what the subscriber gets,
 * or would get, in the campaign, as JSON (subject, preheader, HTML, text, variant, holdout flag,
 * decision) or, with {@code format=html}, the HTML alone (served with a policy that runs no
 * script).
 */
public final class PreviewRoutes implements RouteGroup {
  private final CampaignPreviews previews;

  public PreviewRoutes(CampaignPreviews previews) {
    this.previews = previews;
  }

  @Override
  public void register(RouteTable routes) {
    routes.get("/v1/preview", Access.PRIVATE_KEY, this::preview);
  }

  private void preview(Context ctx) {
    String campaign = param(ctx, "campaign");
    String customer = param(ctx, "customer");
    try {
      Campaign.requireKey(campaign);
    } catch (TailorException e) {
      throw ProblemException.badRequest("invalid_field", "campaign", e.getMessage());
    }
    try {
      Ids.require("customer", customer);
    } catch (TailorException e) {
      throw ProblemException.badRequest("invalid_field", "customer", e.getMessage());
    }
    String format = ctx.queryParam("format") == null ? "json" : ctx.queryParam("format").strip();
    if (!format.equals("json") && !format.equals("html")) {
      throw ProblemException.badRequest("invalid_field", "format", "format must be json or html");
    }
    EmailPreview p = previews.preview(campaign, customer);
    ctx.header("Cache-Control", "no-store");
    if (format.equals("html")) {
      if (p.html().isEmpty()) {
        throw new ProblemException(
            Problem.of(
                404,
                "no_email",
                "No email",
                p.detail().orElse("customer " + customer + " gets no email in " + campaign)));
      }
      ctx.header("Content-Security-Policy", "sandbox; script-src 'none'; frame-ancestors 'self'");
      ctx.html(p.html().get());
      return;
    }
    ctx.json(body(p));
  }

  private static String param(Context ctx, String name) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) {
      throw ProblemException.badRequest("invalid_field", name, name + " is required");
    }
    return v.strip();
  }

  /** The JSON answer: snake_case fields, {@code null} for what does not exist. */
  static Map<String, Object> body(EmailPreview p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("campaign", p.campaignId());
    m.put("customer", p.customerId());
    m.put("message_id", p.messageId());
    m.put("variant", p.variant());
    m.put("holdout", p.holdout());
    m.put("state", p.state().orElse(null));
    m.put("sends", p.sends());
    m.put("detail", p.detail().orElse(null));
    m.put("subject", p.subject().orElse(null));
    m.put("preheader", p.preheader().orElse(null));
    m.put("html", p.html().orElse(null));
    m.put("text", p.text().orElse(null));
    m.put("decision", decision(p.decisionJson()));
    return m;
  }

  private static JsonNode decision(String json) {
    try {
      return Json.mapper().readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("the decision is not JSON", e);
    }
  }
}
