package dev.tailor.web.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;

/** The API description as a plain HTML page: no script, every text escaped. */
final class DocsPage {
  private DocsPage() {}

  static String render(JsonNode doc) {
    StringBuilder b = new StringBuilder(16_384);
    JsonNode info = doc.get("info");
    b.append("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        .append("<title>")
        .append(esc(info.get("title").asText()))
        .append("</title><style>body{font:16px/1.5 system-ui,sans-serif;max-width:60rem;")
        .append("margin:2rem auto;padding:0 1rem;color:#111;background:#fff}code,pre{")
        .append("background:#f3f3f3;padding:0 .2em}h2{border-top:1px solid #ccc;padding-top:1rem}")
        .append(".m{font-weight:700;color:#0b4f9c}</style></head><body><main><h1>")
        .append(esc(info.get("title").asText()))
        .append("</h1><p>")
        .append(esc(info.get("description").asText()))
        .append("</p><p><a href=\"/v1/openapi.json\">openapi.json</a></p>");
    Iterator<Map.Entry<String, JsonNode>> paths = doc.get("paths").properties().iterator();
    while (paths.hasNext()) {
      Map.Entry<String, JsonNode> p = paths.next();
      Iterator<Map.Entry<String, JsonNode>> ops = p.getValue().properties().iterator();
      while (ops.hasNext()) {
        Map.Entry<String, JsonNode> op = ops.next();
        JsonNode o = op.getValue();
        b.append("<h2><span class=\"m\">")
            .append(esc(op.getKey().toUpperCase(Locale.ROOT)))
            .append("</span> <code>")
            .append(esc(p.getKey()))
            .append("</code></h2><p><strong>")
            .append(esc(o.path("summary").asText()))
            .append("</strong></p>");
        if (o.has("description")) {
          b.append("<p>").append(esc(o.get("description").asText())).append("</p>");
        }
        if (o.has("parameters")) {
          b.append("<ul>");
          for (JsonNode par : o.get("parameters")) {
            b.append("<li><code>")
                .append(esc(par.get("name").asText()))
                .append("</code> (")
                .append(par.path("required").asBoolean() ? "required" : "optional")
                .append(") ")
                .append(esc(par.path("description").asText()))
                .append("</li>");
          }
          b.append("</ul>");
        }
        b.append("<p>Responses: ");
        o.path("responses").fieldNames().forEachRemaining(s -> b.append(esc(s)).append(' '));
        b.append("</p>");
      }
    }
    return b.append("</main></body></html>").toString();
  }

  static String esc(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
