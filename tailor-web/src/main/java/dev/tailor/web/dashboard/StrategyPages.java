package dev.tailor.web.dashboard;

import dev.tailor.core.TailorException;
import dev.tailor.web.api.Recommendation;
import dev.tailor.web.server.Access;
import dev.tailor.web.server.ProblemException;
import dev.tailor.web.server.RouteGroup;
import dev.tailor.web.server.RouteTable;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * {@code /strategies}: the strategy files; each one's YAML can be checked, previewed for a customer
 * (without saving) and saved. An invalid strategy is never saved: the errors are shown instead.
 */
public final class StrategyPages implements RouteGroup {
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");
  private static final int MAX_YAML = 200_000;

  private final DashboardBackend backend;

  public StrategyPages(DashboardBackend backend) {
    this.backend = backend;
  }

  @Override
  public void register(RouteTable routes) {
    routes.get("/strategies", Access.SESSION, this::list);
    routes.get("/strategies/{name}", Access.SESSION, this::show);
    routes.post("/strategies/{name}", Access.SESSION, this::submit);
  }

  private void list(Context ctx) {
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("page", Pages.page(ctx, "Strategies", "/strategies"));
    params.put("names", backend.strategies());
    Pages.render(ctx, "strategies.jte", params);
  }

  private static String name(Context ctx) {
    String name = ctx.pathParam("name");
    if (!NAME.matcher(name).matches()) {
      throw ProblemException.notFound("no strategy " + name);
    }
    return name;
  }

  private void show(Context ctx) {
    String name = name(ctx);
    if (!backend.strategies().contains(name)) {
      throw ProblemException.notFound("no strategy " + name);
    }
    List<String> customers = backend.sampleCustomers(20);
    render(
        ctx,
        Pages.page(ctx, "Strategy " + name, "/strategies"),
        name,
        backend.strategyText(name),
        customers.isEmpty() ? "" : customers.get(0),
        customers,
        Optional.empty());
  }

  private void submit(Context ctx) {
    String name = name(ctx);
    String yaml = Pages.form(ctx, "yaml");
    String customer = Pages.form(ctx, "customer");
    String action = Pages.form(ctx, "action");
    Page page = Pages.page(ctx, "Strategy " + name, "/strategies");
    List<String> customers = backend.sampleCustomers(20);
    if (yaml.length() > MAX_YAML) {
      ctx.status(413);
      render(
          ctx,
          page.withErrors(List.of("The strategy is longer than 200,000 characters.")),
          name,
          "",
          customer,
          customers,
          Optional.empty());
      return;
    }
    List<String> errors = backend.validateStrategy(yaml);
    if (!errors.isEmpty()) {
      ctx.status(422);
      render(ctx, page.withErrors(errors), name, yaml, customer, customers, Optional.empty());
      return;
    }
    Optional<Recommendation> preview = Optional.empty();
    try {
      if (!customer.isEmpty()) {
        preview = Optional.of(backend.previewStrategy(yaml, customer, 10));
      }
      if (action.equals("save")) {
        backend.saveStrategy(name, yaml);
        page = page.withMessage("Saved strategy " + name + ".");
      } else {
        page = page.withMessage("The strategy is valid (not saved).");
      }
    } catch (TailorException e) {
      ctx.status(e.code().isUserError() ? 422 : 500);
      page = page.withErrors(List.of(e.getMessage()));
    }
    render(ctx, page, name, yaml, customer, customers, preview);
  }

  private static void render(
      Context ctx,
      Page page,
      String name,
      String yaml,
      String customer,
      List<String> customers,
      Optional<Recommendation> preview) {
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("page", page);
    params.put("name", name);
    params.put("yaml", yaml);
    params.put("customer", customer);
    params.put("customers", customers);
    params.put("preview", preview);
    Pages.render(ctx, "strategy.jte", params);
  }
}
