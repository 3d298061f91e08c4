package dev.tailor.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tailor.web.server.Json;
import dev.tailor.web.server.Problem;
import dev.tailor.web.server.ProblemException;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads JSON request bodies into field maps, with errors that name the field. */
final class Bodies {
  private Bodies() {}

  /** The body as a JSON tree; 400 {@code malformed_json} when it is not JSON. */
  static JsonNode tree(Context ctx) {
    byte[] bytes = ctx.bodyAsBytes();
    if (bytes.length == 0) {
      throw ProblemException.badRequest("empty_body", null, "the request body is empty");
    }
    try {
      return Json.mapper().readTree(bytes);
    } catch (IOException e) {
      throw new ProblemException(
          Problem.of(400, "malformed_json", "The body is not valid JSON", "malformed JSON"));
    }
  }

  /**
   * The items of a batch: {@code body[key]} when the body is an object holding that array, the body
   * itself when it is an array, else the body as the one item.
   */
  static List<JsonNode> items(JsonNode body, String key, int max) {
    JsonNode list = body.isArray() ? body : body.get(key);
    if (list == null) {
      return List.of(body);
    }
    if (!list.isArray()) {
      throw ProblemException.badRequest("invalid_field", key, key + " must be an array");
    }
    if (list.isEmpty()) {
      throw ProblemException.badRequest("invalid_field", key, key + " is empty");
    }
    if (list.size() > max) {
      throw new ProblemException(
          Problem.of(
                  413,
                  "batch_too_large",
                  "Batch too large",
                  key + " holds " + list.size() + " items; at most " + max + " per request")
              .withField(key));
    }
    List<JsonNode> out = new ArrayList<>(list.size());
    list.forEach(out::add);
    return out;
  }

  /**
   * The scalar fields of one object as text (numbers as written, booleans as {@code true/false},
   * null as absent). A nested value is an error for that field, except under names in {@code
   * nested}, which are flattened one level (their fields do not override top-level ones).
   */
  static Map<String, String> fields(JsonNode item, List<String> nested) {
    if (!item.isObject()) {
      throw new InvalidField("", "each item must be a JSON object");
    }
    Map<String, String> out = new LinkedHashMap<>();
    Iterator<Map.Entry<String, JsonNode>> it = item.properties().iterator();
    List<JsonNode> flatten = new ArrayList<>();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      if (nested.contains(e.getKey()) && e.getValue().isObject()) {
        flatten.add(e.getValue());
      } else {
        put(out, e.getKey(), e.getValue(), false);
      }
    }
    for (JsonNode n : flatten) {
      n.properties().forEach(e -> put(out, e.getKey(), e.getValue(), true));
    }
    return out;
  }

  private static void put(Map<String, String> out, String name, JsonNode v, boolean keepExisting) {
    if (keepExisting && out.containsKey(name)) {
      return;
    }
    if (v == null || v.isNull()) {
      return;
    }
    if (v.isArray() && name.equals("tags")) {
      List<String> parts = new ArrayList<>();
      v.forEach(p -> parts.add(p.asText()));
      out.put(name, String.join("|", parts));
      return;
    }
    if (v.isContainerNode()) {
      throw new InvalidField(name, "must be a text, number or boolean, not a nested value");
    }
    out.put(name, v.asText());
  }
}
