package dev.tailor.web.api;

import dev.tailor.core.Ids;
import dev.tailor.core.TailorException;
import dev.tailor.web.server.Access;
import dev.tailor.web.server.Json;
import dev.tailor.web.server.Problem;
import dev.tailor.web.server.ProblemException;
import dev.tailor.web.server.RouteGroup;
import dev.tailor.web.server.RouteTable;
import io.javalin.http.ContentType;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * {@code GET /v1/recommendations?customer=C&strategy=S&n=N}: a customer's recommendations, from
 * strategy {@code S} (a file {@code S.yaml} in the strategies folder) or, without it, from the
 * latest model; {@code n} items per slot (default 10, at most 100).
 */
public final class RecommendationRoutes implements RouteGroup {
  /** Strategy names: a file name without folders or dots, so no path can be smuggled in. */
  public static final Pattern STRATEGY_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");

  private final RecommendationService service;
  private final RecommendationAdmission admission;

  public RecommendationRoutes(RecommendationService service) {
    this.service = service;
    this.admission = new RecommendationAdmission(service.limits());
  }

  @Override
  public void register(RouteTable routes) {
    routes.get("/v1/recommendations", Access.PRIVATE_KEY, this::recommend);
  }

  private void recommend(Context ctx) {
    String customer;
    try {
      customer = Ids.require("customer", ctx.queryParam("customer"));
    } catch (TailorException e) {
      throw ProblemException.badRequest("invalid_field", "customer", e.getMessage());
    }
    Optional<String> strategy = Optional.ofNullable(ctx.queryParam("strategy")).map(String::strip);
    if (strategy.isPresent() && !STRATEGY_NAME.matcher(strategy.get()).matches()) {
      throw ProblemException.badRequest(
          "invalid_field",
          "strategy",
          "strategy must be a strategy file's name without extension (letters, digits, - and _)");
    }
    int n = 10;
    String nText = ctx.queryParam("n");
    if (nText != null) {
      try {
        n = Integer.parseInt(nText.strip());
      } catch (NumberFormatException e) {
        n = -1;
      }
      if (n < 1 || n > RecommendationService.MAX_N) {
        throw ProblemException.badRequest(
            "invalid_field",
            "n",
            "n must be a whole number from 1 to " + RecommendationService.MAX_N);
      }
    }
    Recommendation answer;
    try {
      if (!admission.enter()) {
        throw busy(ctx);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw busy(ctx);
    }
    try {
      answer = service.recommend(customer, strategy, n);
    } finally {
      admission.leave();
    }
    write(ctx, answer);
  }

  /**
   * Writes the answer's JSON straight to the response stream: {@code ctx.json} would hand Javalin a
   * string that it copies through a fresh buffer of its own, the largest allocation per request.
   */
  private static void write(Context ctx, Recommendation answer) {
    ctx.contentType(ContentType.APPLICATION_JSON);
    try {
      byte[] json = Json.mapper().writeValueAsBytes(answer);
      ctx.res().setContentLength(json.length);
      OutputStream out = ctx.outputStream();
      out.write(json);
    } catch (IOException e) {
      throw new UncheckedIOException("writing a recommendation answer failed", e);
    }
  }

  /** 503 with {@code Retry-After: 1}: the request was refused before any work was done. */
  private static ProblemException busy(Context ctx) {
    ctx.header("Retry-After", "1");
    return new ProblemException(
        Problem.of(
            503,
            "busy",
            "Too many requests at once",
            "more recommendation requests are waiting than the server takes on; retry after 1 s"));
  }
}
