package dev.tailor.web.dashboard;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.tailor.core.ErrorCode;
import dev.tailor.core.Ids;
import dev.tailor.core.TailorException;
import dev.tailor.core.campaign.Campaign;
import dev.tailor.core.campaign.CampaignStatus;
import dev.tailor.core.store.Store;
import dev.tailor.web.openapi.Html;
import dev.tailor.web.preview.EmailPreview;
import dev.tailor.web.server.Access;
import dev.tailor.web.server.Json;
import dev.tailor.web.server.RouteGroup;
import dev.tailor.web.server.RouteTable;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * {@code /campaigns}: the campaigns (stored, and files that can be run), a campaign's page (status,
 * progress polled by htmx, run, preview of any recipient at 375 px and 600 px), its plan and its
 * results.
 */
public final class CampaignPages implements RouteGroup {
  private final Store store;
  private final Optional<CampaignDesk> desk;
  private final CampaignRuns runs;
  private final CampaignPlans plans;

  public CampaignPages(Store store, Optional<CampaignDesk> desk, Clock clock) {
    this.store = store;
    this.desk = desk;
    this.runs = new CampaignRuns(clock);
    this.plans = new CampaignPlans(clock);
  }

  @Override
  public void register(RouteTable routes) {
    routes.get("/campaigns", Access.SESSION, this::list);
    routes.get("/campaigns/{id}", Access.SESSION, this::show);
    routes.get("/campaigns/{id}/progress", Access.SESSION, this::progress);
    routes.post("/campaigns/{id}/run", Access.SESSION, this::run);
    routes.get("/campaigns/{id}/plan", Access.SESSION, this::plan);
    routes.get("/campaigns/{id}/plan/status", Access.SESSION, this::planStatus);
    routes.get("/campaigns/{id}/results", Access.SESSION, this::results);
    routes.get("/campaigns/{id}/email", Access.SESSION, this::email);
  }

  private void list(Context ctx) {
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("page", Pages.page(ctx, "Campaigns", "/campaigns"));
    params.put("campaigns", store.campaigns().list());
    params.put("files", desk.map(CampaignDesk::files).orElse(List.of()));
    Pages.render(ctx, "campaigns.jte", params);
  }

  private static String id(Context ctx) {
    return Campaign.requireKey(ctx.pathParam("id"));
  }

  private CampaignDesk desk() {
    return desk.orElseThrow(
        () ->
            new TailorException(
                ErrorCode.NOT_FOUND,
                "this server cannot plan or run campaigns (no campaigns set)"));
  }

  private Optional<CampaignFile> file(String id) {
    return desk.map(CampaignDesk::files).orElse(List.of()).stream()
        .filter(f -> f.problem().isEmpty() && f.key().equals(id))
        .findFirst();
  }

  private void show(Context ctx) {
    String id = id(ctx);
    Optional<Campaign> stored = store.campaigns().findById(id);
    Optional<CampaignFile> file = file(id);
    if (stored.isEmpty() && file.isEmpty()) {
      throw new TailorException(ErrorCode.NOT_FOUND, "no campaign " + id);
    }
    Page page = Pages.page(ctx, "Campaign " + id, "/campaigns");
    String customer = Pages.query(ctx, "customer");
    Optional<EmailPreview> preview = Optional.empty();
    if (!customer.isEmpty()) {
      try {
        Ids.require("customer", customer);
        preview = Optional.of(desk().preview(id, customer));
      } catch (TailorException e) {
        ctx.status(e.code().isUserError() ? 400 : 500);
        page = page.withErrors(List.of(e.getMessage()));
      }
    }
    List<String> sample =
        desk.map(
                d -> {
                  try {
                    return d.sampleRecipients(id, 20);
                  } catch (TailorException e) {
                    return List.<String>of();
                  }
                })
            .orElse(List.of());
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("page", page);
    params.put("id", id);
    params.put("name", stored.map(Campaign::name).or(() -> file.map(CampaignFile::name)).get());
    params.put("file", file);
    params.put("progress", progressView(id));
    params.put("customers", sample);
    params.put("customer", customer.isEmpty() && !sample.isEmpty() ? sample.get(0) : customer);
    params.put("preview", preview);
    params.put(
        "emailUrl",
        preview.filter(p -> p.html().isPresent()).isPresent()
            ? "/campaigns/" + id + "/email?customer=" + enc(customer)
            : "");
    Pages.render(ctx, "campaign.jte", params);
  }

  /** Counts per variant and state, the campaign's status and this server's run of it. */
  CampaignProgress progressView(String id) {
    Optional<Campaign> c = store.campaigns().findById(id);
    Map<String, Map<String, Long>> counts = new TreeMap<>();
    if (c.isPresent()) {
      for (var s : store.messages().countByState(id)) {
        counts
            .computeIfAbsent(s.variant(), k -> new TreeMap<>())
            .merge(s.state().wireName(), s.count(), Long::sum);
      }
    }
    Optional<CampaignRuns.Run> run = runs.find(id);
    boolean running = run.map(CampaignRuns.Run::running).orElse(false);
    return new CampaignProgress(
        id,
        c.map(x -> x.status().wireName()).orElse("not run yet"),
        c.map(x -> x.status() == CampaignStatus.DONE).orElse(false) && !running,
        running,
        counts,
        run.flatMap(CampaignRuns.Run::summary),
        run.flatMap(CampaignRuns.Run::error));
  }

  private void progress(Context ctx) {
    Pages.render(ctx, "campaign-progress.jte", Map.of("progress", progressView(id(ctx))));
  }

  private void run(Context ctx) {
    String id = id(ctx);
    CampaignDesk d = desk();
    if (file(id).isEmpty() && store.campaigns().findById(id).isEmpty()) {
      throw new TailorException(ErrorCode.NOT_FOUND, "no campaign " + id);
    }
    boolean started = runs.start(id, () -> d.run(id));
    if (!started) {
      ctx.status(HttpStatus.CONFLICT);
      Page page =
          Pages.page(ctx, "Campaign " + id, "/campaigns")
              .withErrors(List.of("Campaign " + id + " is already running; wait for it to end."));
      Pages.render(ctx, "campaign-busy.jte", Map.of("page", page, "id", id));
      return;
    }
    ctx.redirect("/campaigns/" + id + "?started=1", HttpStatus.SEE_OTHER);
  }

  /**
   * Starts planning in the background (unless a planning of this campaign is going) and answers at
   * once; the page polls {@link #planStatus} until the plan is ready.
   */
  private void plan(Context ctx) {
    String id = id(ctx);
    Page page = Pages.page(ctx, "Plan of campaign " + id, "/campaigns");
    Optional<CampaignPlanView> view = Optional.empty();
    try {
      CampaignDesk d = desk();
      if (file(id).isEmpty() && store.campaigns().findById(id).isEmpty()) {
        throw new TailorException(ErrorCode.NOT_FOUND, "no campaign " + id);
      }
      view = Optional.of(plans.view(id, plans.start(id, () -> d.plan(id))));
    } catch (TailorException e) {
      ctx.status(e.code() == ErrorCode.NOT_FOUND ? 404 : e.code().isUserError() ? 400 : 500);
      page = page.withErrors(List.of(e.getMessage()));
    }
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("page", page);
    params.put("id", id);
    params.put("view", view);
    Pages.render(ctx, "campaign-plan.jte", params);
  }

  /** The plan part of the plan page: still going (polling on), failed, or the plan. */
  private void planStatus(Context ctx) {
    String id = id(ctx);
    CampaignPlans.Job job =
        plans
            .find(id)
            .orElseThrow(
                () -> new TailorException(ErrorCode.NOT_FOUND, "no plan of " + id + " started"));
    Pages.render(ctx, "campaign-plan-status.jte", Map.of("view", plans.view(id, job)));
  }

  private void results(Context ctx) {
    String id = id(ctx);
    Page page = Pages.page(ctx, "Results of campaign " + id, "/campaigns");
    Optional<ResultsView> view = Optional.empty();
    try {
      view = Optional.of(ResultsView.of(desk().report(id)));
    } catch (TailorException e) {
      ctx.status(e.code() == ErrorCode.NOT_FOUND ? 404 : e.code().isUserError() ? 400 : 500);
      page = page.withErrors(List.of(e.getMessage()));
    }
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("page", page);
    params.put("id", id);
    params.put("results", view);
    params.put("chartJson", chartJson(view.map(ResultsView::chart).orElse(Map.of())));
    Pages.render(ctx, "campaign-results.jte", params);
  }

  private void email(Context ctx) {
    ctx.header("Content-Security-Policy", "sandbox; script-src 'none'; frame-ancestors 'self'");
    ctx.header("Cache-Control", "no-store");
    try {
      String id = id(ctx);
      String customer = Ids.require("customer", ctx.queryParam("customer"));
      EmailPreview p = desk().preview(id, customer);
      ctx.html(
          p.html()
              .orElseThrow(
                  () ->
                      new TailorException(
                          ErrorCode.NOT_FOUND,
                          p.detail().orElse(customer + " gets no email in " + id))));
    } catch (TailorException e) {
      ctx.status(e.code().isUserError() ? 400 : 500)
          .html(
              "<!doctype html><html lang=\"en\"><body><p>Cannot preview: "
                  + Html.escape(e.getMessage())
                  + "</p></body></html>");
    }
  }

  private static String chartJson(Map<String, Object> chart) {
    try {
      return Json.mapper().writeValueAsString(chart);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the chart's data", e);
    }
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
