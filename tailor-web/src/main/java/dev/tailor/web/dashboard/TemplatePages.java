package dev.tailor.web.dashboard;

import dev.tailor.core.Ids;
import dev.tailor.core.TailorException;
import dev.tailor.web.server.Access;
import dev.tailor.web.server.RouteGroup;
import dev.tailor.web.server.RouteTable;
import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /templates}: any subscriber's email from any template, side by side at 375 px and 600 px.
 * The email itself ({@code /templates/email}) is served in sandboxed frames with a policy that runs
 * no script.
 */
public final class TemplatePages implements RouteGroup {
  private final DashboardBackend backend;

  public TemplatePages(DashboardBackend backend) {
    this.backend = backend;
  }

  @Override
  public void register(RouteTable routes) {
    routes.get("/templates", Access.SESSION, this::show);
    routes.get("/templates/email", Access.SESSION, this::email);
  }

  private void show(Context ctx) {
    List<String> templates = backend.templates();
    List<String> customers = backend.sampleCustomers(20);
    String template = Pages.query(ctx, "template");
    String customer = Pages.query(ctx, "customer");
    String strategy = Pages.query(ctx, "strategy");
    Page page = Pages.page(ctx, "Templates", "/templates");
    String url = "";
    if (!customer.isEmpty()) {
      if (!templates.contains(template)) {
        ctx.status(400);
        page = page.withErrors(List.of("Choose one of the templates listed."));
      } else {
        url =
            "/templates/email?template="
                + enc(template)
                + "&customer="
                + enc(customer)
                + (strategy.isEmpty() ? "" : "&strategy=" + enc(strategy));
      }
    }
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("page", page);
    params.put("templates", templates);
    params.put("strategies", backend.strategies());
    params.put("customers", customers);
    params.put(
        "template", template.isEmpty() && !templates.isEmpty() ? templates.get(0) : template);
    params.put(
        "customer", customer.isEmpty() && !customers.isEmpty() ? customers.get(0) : customer);
    params.put("strategy", strategy);
    params.put("emailUrl", url);
    Pages.render(ctx, "templates.jte", params);
  }

  private void email(Context ctx) {
    String template = Pages.query(ctx, "template");
    String strategy = Pages.query(ctx, "strategy");
    ctx.header("Content-Security-Policy", "sandbox; script-src 'none'; frame-ancestors 'self'");
    try {
      String customer = Ids.require("customer", ctx.queryParam("customer"));
      if (!backend.templates().contains(template)) {
        throw new TailorException(
            dev.tailor.core.ErrorCode.BAD_INPUT, "unknown template '" + template + "'");
      }
      ctx.html(
          backend.previewEmail(
              template, customer, strategy.isEmpty() ? Optional.empty() : Optional.of(strategy)));
    } catch (TailorException e) {
      ctx.status(e.code().isUserError() ? 400 : 500)
          .html(
              "<!doctype html><html lang=\"en\"><body><p>Cannot preview: "
                  + dev.tailor.web.openapi.Html.escape(e.getMessage())
                  + "</p></body></html>");
    }
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
