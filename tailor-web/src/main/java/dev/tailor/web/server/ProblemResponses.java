package dev.tailor.web.server;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import dev.tailor.core.ErrorCode;
import dev.tailor.core.TailorException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.io.UncheckedIOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns every failure into problem JSON: never a stack trace to the client. Unexpected failures are
 * logged here with their stack trace and answered with a generic 500.
 */
public final class ProblemResponses {
  private static final Logger LOG = LoggerFactory.getLogger(ProblemResponses.class);

  private ProblemResponses() {}

  public static void install(RoutesConfig routes) {
    routes.exception(ProblemException.class, (e, ctx) -> send(ctx, e.problem()));
    routes.exception(
        SignInRequired.class,
        (e, ctx) -> {
          if (ctx.method().name().equals("GET")) {
            ctx.status(303).header("Location", "/login");
          } else {
            send(ctx, Problem.of(401, "sign_in_required", "Sign in first", "sign in first"));
          }
        });
    routes.exception(TailorException.class, (e, ctx) -> send(ctx, of(e)));
    routes.exception(StreamReadException.class, (e, ctx) -> send(ctx, malformed(e)));
    routes.exception(
        HttpResponseException.class, (e, ctx) -> send(ctx, ofStatus(e.getStatus(), ctx)));
    routes.exception(
        Exception.class, (e, ctx) -> send(ctx, failure(e, ctx.method().name(), ctx.path())));
    routes.error(
        404,
        ctx -> {
          if (ctx.result() == null || ctx.result().isEmpty()) {
            send(ctx, Problem.of(404, "not_found", "Not found", "no route " + ctx.path()));
          }
        });
    routes.error(
        405,
        ctx ->
            send(
                ctx,
                Problem.of(
                    405,
                    "method_not_allowed",
                    "Method not allowed",
                    ctx.method() + " is not allowed on " + ctx.path())));
  }

  /**
   * The problem a failure of a handler is answered with: its own for a {@link ProblemException}, by
   * error code for a {@link TailorException}, else a generic 500 (logged here with its stack
   * trace).
   */
  public static Problem failure(Exception e, String method, String path) {
    if (e instanceof ProblemException p) {
      return p.problem();
    }
    if (e instanceof TailorException t) {
      return of(t);
    }
    if (e instanceof StreamReadException j) {
      return malformed(j);
    }
    if (e instanceof UncheckedIOException && e.getCause() instanceof StreamReadException j) {
      return malformed(j);
    }
    LOG.error("request {} {} failed", method, path, e);
    return Problem.of(
        500, "internal", "Internal error", "the server failed; the log has the details");
  }

  /** Writes {@code problem} as the response. */
  public static void send(Context ctx, Problem problem) {
    ctx.status(problem.status());
    try {
      ctx.contentType(Problem.CONTENT_TYPE);
      ctx.result(Json.mapper().writeValueAsBytes(problem));
    } catch (JacksonException e) {
      ctx.result("{\"status\":" + problem.status() + "}");
    }
  }

  static Problem ofStatus(int status, Context ctx) {
    return switch (status) {
      case 404 -> Problem.of(404, "not_found", "Not found", "no route " + ctx.path());
      case 405 ->
          Problem.of(
              405,
              "method_not_allowed",
              "Method not allowed",
              ctx.method() + " is not allowed on " + ctx.path());
      case 413 ->
          Problem.of(
              413, "payload_too_large", "Request body too large", "the request body is too large");
      default -> Problem.of(status, "http_" + status, "HTTP " + status, "HTTP " + status);
    };
  }

  static Problem of(TailorException e) {
    ErrorCode code = e.code();
    return switch (code) {
      case BAD_INPUT -> Problem.of(400, "bad_input", "The request cannot be used", e.getMessage());
      case NOT_FOUND -> Problem.of(404, "not_found", "Not found", e.getMessage());
      case STORE -> {
        LOG.warn("store failure: {}", e.getMessage());
        yield Problem.of(503, "store_unavailable", "The store failed", "the store failed; retry");
      }
      case CONFIG, RUNTIME -> {
        LOG.error("request failed", e);
        yield Problem.of(500, "internal", "Internal error", e.getMessage());
      }
    };
  }

  private static Problem malformed(StreamReadException e) {
    String where =
        e.getLocation() == null
            ? ""
            : " at line "
                + e.getLocation().getLineNr()
                + ", column "
                + e.getLocation().getColumnNr();
    return Problem.of(
        400, "malformed_json", "The body is not valid JSON", "malformed JSON" + where);
  }
}
