package dev.tailor.web.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tailor.web.server.Access;
import dev.tailor.web.server.Json;
import dev.tailor.web.server.RouteGroup;
import dev.tailor.web.server.RouteTable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;

/** {@code GET /v1/openapi.json} (the document) and {@code GET /v1/docs} (the same as HTML). */
public final class OpenApiRoutes implements RouteGroup {
  private final byte[] document;
  private final String page;

  public OpenApiRoutes() {
    this.document = load();
    this.page = DocsPage.render(tree());
  }

  /** The document as shipped. */
  public static byte[] load() {
    try (InputStream in = OpenApiRoutes.class.getResourceAsStream("openapi.json")) {
      if (in == null) {
        throw new IllegalStateException("openapi.json is missing from the classpath");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The document parsed. */
  public static JsonNode tree() {
    try {
      return Json.mapper().readTree(load());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every documented operation as {@code METHOD path}, e.g. {@code POST /v1/track}. */
  public static java.util.Set<String> operations() {
    java.util.Set<String> out = new java.util.TreeSet<>();
    Iterator<Map.Entry<String, JsonNode>> paths = tree().get("paths").properties().iterator();
    while (paths.hasNext()) {
      Map.Entry<String, JsonNode> p = paths.next();
      p.getValue()
          .fieldNames()
          .forEachRemaining(m -> out.add(m.toUpperCase(Locale.ROOT) + " " + p.getKey()));
    }
    return out;
  }

  @Override
  public void register(RouteTable routes) {
    routes.get(
        "/v1/openapi.json",
        Access.OPEN,
        ctx -> ctx.contentType("application/json").result(document));
    routes.get("/v1/docs", Access.OPEN, ctx -> ctx.html(page));
  }
}
