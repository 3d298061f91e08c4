package dev.tailor.web.server;

import com.fasterxml.jackson.core.JacksonException;
import io.javalin.http.servlet.JavalinServletContextKt;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Serves the {@link LeanRoute}s ahead of Javalin: a plain {@code GET} of {@code /prefix/segment}
 * with a query string and no body is answered here, without the servlet layer, the session handler,
 * Javalin's context and router. Everything a request sees stays as through Javalin: the same
 * handler, the common headers, problem JSON for failures, the trusted-proxy client address, 503
 * while stopping, the request log and metrics. Anything unusual (another method, an encoded or
 * nested path, a body, a query string Javalin would decode differently) goes on to Javalin, whose
 * route for the same path answers it as before.
 */
public final class LeanLane extends Handler.Wrapper {
  /** Told about every request the lane answered, once its answer is written. */
  @FunctionalInterface
  public interface Finished {
    void finished(String method, String path, String route, int status, double millis, String ip);
  }

  private final Map<String, LeanRoute> byPrefix = new HashMap<>();
  private final InFlight inFlight;
  private final ClientAddress client;
  private final Finished finished;

  public LeanLane(
      List<LeanRoute> routes, InFlight inFlight, ClientAddress client, Finished finished) {
    for (LeanRoute r : routes) {
      if (byPrefix.put(r.prefix(), r) != null) {
        throw new IllegalArgumentException("two lean routes under " + r.prefix());
      }
    }
    this.inFlight = inFlight;
    this.client = client;
    this.finished = finished;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    LeanRoute route = match(request);
    Map<String, List<String>> query = route == null ? null : query(request);
    if (query == null) {
      return super.handle(request, response, callback);
    }
    long start = System.nanoTime();
    String path = request.getHttpURI().getPath();
    HttpFields headers = request.getHeaders();
    String ip = client.resolve(Request.getRemoteAddr(request), headers.get("X-Forwarded-For"));
    LeanAnswer answer;
    boolean counted = inFlight.enter();
    if (!counted) {
      answer =
          problem(
              Problem.of(503, "shutting_down", "Shutting down", "the server is stopping"),
              Map.of("Connection", "close"));
    } else {
      try {
        answer =
            route
                .handler()
                .answer(new Lean(path.substring(route.prefix().length()), query, headers, ip));
      } catch (Exception e) {
        answer = problem(ProblemResponses.failure(e, "GET", path), Map.of());
      }
    }
    int status = answer.status();
    write(
        response,
        answer,
        Callback.from(
            () -> {
              done(path, route, status, start, ip, counted);
              callback.succeeded();
            },
            x -> {
              done(path, route, status, start, ip, counted);
              callback.failed(x);
            }));
    return true;
  }

  private void done(
      String path, LeanRoute route, int status, long start, String ip, boolean counted) {
    try {
      finished.finished("GET", path, route.route(), status, (System.nanoTime() - start) / 1e6, ip);
    } finally {
      if (counted) {
        inFlight.leave();
      }
    }
  }

  /** The route of a plain GET of {@code /prefix/segment} (segment of unreserved characters). */
  private LeanRoute match(Request request) {
    if (!"GET".equals(request.getMethod())) {
      return null;
    }
    HttpFields headers = request.getHeaders();
    if (headers.contains(HttpHeader.TRANSFER_ENCODING)
        || headers.getLongField(HttpHeader.CONTENT_LENGTH) > 0) {
      return null;
    }
    String path = request.getHttpURI().getPath();
    if (path == null) {
      return null;
    }
    int slash = path.indexOf('/', 1);
    if (slash < 0 || slash == path.length() - 1) {
      return null;
    }
    LeanRoute route = byPrefix.get(path.substring(0, slash + 1));
    if (route == null) {
      return null;
    }
    for (int i = slash + 1; i < path.length(); i++) {
      if (!unreserved(path.charAt(i))) {
        return null;
      }
    }
    return route;
  }

  private static boolean unreserved(char c) {
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || (c >= '0' && c <= '9')
        || c == '-'
        || c == '.'
        || c == '_'
        || c == '~';
  }

  /** The query parameters as Javalin reads them; null when Javalin should judge them. */
  private static Map<String, List<String>> query(Request request) {
    String q = request.getHttpURI().getQuery();
    try {
      return JavalinServletContextKt.splitKeyValueStringAndGroupByKey(
          q == null ? "" : q, StandardCharsets.UTF_8.name());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static LeanAnswer problem(Problem problem, Map<String, String> headers) {
    byte[] body;
    try {
      body = Json.mapper().writeValueAsBytes(problem);
    } catch (JacksonException e) {
      body = ("{\"status\":" + problem.status() + "}").getBytes(StandardCharsets.UTF_8);
    }
    return new LeanAnswer(problem.status(), Problem.CONTENT_TYPE, headers, body);
  }

  private static void write(Response response, LeanAnswer answer, Callback callback) {
    response.setStatus(answer.status());
    HttpFields.Mutable out = response.getHeaders();
    out.put(HttpHeader.CONTENT_TYPE, answer.contentType());
    CommonHeaders.forEach(out::put);
    answer.headers().forEach(out::put);
    out.put(HttpHeader.CONTENT_LENGTH, answer.body().length);
    response.write(true, ByteBuffer.wrap(answer.body()), callback);
  }

  /** A request as a lean route sees it. */
  private record Lean(
      String segment, Map<String, List<String>> params, HttpFields headers, String clientAddress)
      implements LeanRequest {
    @Override
    public String query(String name) {
      List<String> values = params.get(name);
      return values == null || values.isEmpty() ? null : values.get(0);
    }

    @Override
    public String header(String name) {
      return headers.get(name);
    }
  }
}
