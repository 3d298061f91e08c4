package dev.tailor.campaign.pipeline;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tailor.core.ErrorCode;
import dev.tailor.core.TailorException;
import dev.tailor.core.decision.Decision;
import dev.tailor.core.decision.DecisionItem;
import dev.tailor.core.decision.SlotDecision;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * A {@link Decision} as the JSON kept in each message record, and back, without loss: {@code {"v":
 * 2, "customer_id", "strategy", "decided_at", "goal", "slots": [{"slot", "kind"?, "label",
 * "requested", "shortfall"?, "algorithm"?, "source"?, "explanation"?, "items": [{"product_id",
 * "score", ...}]}]}}.
 *
 * <p>Compact: a slot carries the {@code algorithm}, {@code source} and {@code explanation} of its
 * first item, and an item writes only what differs from its slot's and from the defaults ({@code
 * position} = its place in the list, {@code rules} empty, no {@code fallback}, {@code propensity}
 * 1, {@code explored} false; {@code kind} {@code product}). That is about a third of writing every
 * field, which the first format (no {@code "v"}) did; both read back the same. Readers that only
 * look for {@code slots[].slot} and {@code slots[].items[].product_id} read either.
 */
public final class DecisionJson {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonFactory FACTORY = JSON.getFactory();

  private DecisionJson() {}

  /**
   * The decision's record. Written straight into a {@code StringBuilder}, as Jackson's generator
   * wrote it before (the same bytes: strings escaped as Jackson escapes them, numbers as {@code
   * Integer.toString} and {@code Double.toString}, NaN and infinities quoted): the generator cost
   * about as much per message as all the other work on its record.
   */
  public static String write(Decision d) {
    StringBuilder out = new StringBuilder(1024);
    out.append("{\"v\":2");
    string(out, "customer_id", d.customerId());
    string(out, "strategy", d.strategy());
    string(out, "decided_at", d.decidedAt().toString());
    string(out, "goal", d.goal());
    out.append(",\"slots\":[");
    for (int k = 0; k < d.slots().size(); k++) {
      if (k > 0) {
        out.append(',');
      }
      slot(out, d.slots().get(k));
    }
    return out.append("]}").toString();
  }

  private static void slot(StringBuilder out, SlotDecision s) {
    out.append("{\"slot\":");
    JsonStrings.quote(out, s.slot());
    if (!s.kind().equals("product")) {
      string(out, "kind", s.kind());
    }
    string(out, "label", s.label());
    out.append(",\"requested\":").append(s.requested());
    if (s.shortfall().isPresent()) {
      string(out, "shortfall", s.shortfall().get());
    }
    DecisionItem first = s.items().isEmpty() ? null : s.items().get(0);
    if (first != null) {
      string(out, "algorithm", first.algorithm());
      string(out, "source", first.source());
      string(out, "explanation", first.explanation());
    }
    out.append(",\"items\":[");
    for (int p = 0; p < s.items().size(); p++) {
      DecisionItem i = s.items().get(p);
      out.append(p == 0 ? "{\"product_id\":" : ",{\"product_id\":");
      JsonStrings.quote(out, i.productId());
      out.append(",\"score\":");
      JsonStrings.number(out, i.score());
      if (i.position() != p + 1) {
        out.append(",\"position\":").append(i.position());
      }
      stringIfOther(out, "algorithm", i.algorithm(), first.algorithm());
      stringIfOther(out, "source", i.source(), first.source());
      stringIfOther(out, "explanation", i.explanation(), first.explanation());
      if (!i.rules().isEmpty()) {
        out.append(",\"rules\":[");
        for (int r = 0; r < i.rules().size(); r++) {
          if (r > 0) {
            out.append(',');
          }
          JsonStrings.quote(out, i.rules().get(r));
        }
        out.append(']');
      }
      if (i.fallback().isPresent()) {
        string(out, "fallback", i.fallback().get());
      }
      if (i.propensity() != 1.0) {
        out.append(",\"propensity\":");
        JsonStrings.number(out, i.propensity());
      }
      if (i.explored()) {
        out.append(",\"explored\":true");
      }
      out.append('}');
    }
    out.append("]}");
  }

  /** {@code ,"name":"value"}; a null value as JSON null, as Jackson writes it. */
  private static void string(StringBuilder out, String name, String value) {
    out.append(",\"").append(name).append("\":");
    JsonStrings.quote(out, value);
  }

  private static void stringIfOther(
      StringBuilder out, String name, String value, String slotValue) {
    if (!Objects.equals(value, slotValue)) {
      string(out, name, value);
    }
  }

  public static Decision read(String json) {
    try {
      JsonNode root = JSON.readTree(json);
      List<SlotDecision> slots = new ArrayList<>();
      for (JsonNode s : root.path("slots")) {
        List<DecisionItem> items = new ArrayList<>();
        int p = 0;
        for (JsonNode i : s.path("items")) {
          p++;
          List<String> rules = new ArrayList<>();
          i.path("rules").forEach(r -> rules.add(r.asText()));
          items.add(
              new DecisionItem(
                  i.path("product_id").asText(),
                  i.path("position").asInt(p),
                  i.path("score").asDouble(),
                  inherited(i, s, "algorithm"),
                  inherited(i, s, "source"),
                  rules,
                  text(i, "fallback"),
                  inherited(i, s, "explanation"),
                  i.path("propensity").asDouble(1.0),
                  i.path("explored").asBoolean(false)));
        }
        slots.add(
            new SlotDecision(
                s.path("slot").asText(),
                s.path("kind").asText("product"),
                s.path("label").asText(),
                s.path("requested").asInt(),
                items,
                text(s, "shortfall")));
      }
      return new Decision(
          root.path("customer_id").asText(),
          root.path("strategy").asText(),
          Instant.parse(root.path("decided_at").asText()),
          root.path("goal").asText(),
          slots);
    } catch (IOException | RuntimeException e) {
      throw new TailorException(ErrorCode.RUNTIME, "a stored decision cannot be read: " + e, e);
    }
  }

  /**
   * Streams the shown items of a stored decision, in order: each item's {@code product_id} and
   * algorithm (its own, else its slot's, else empty), as {@link #read} gives them, without building
   * the decision. For readers that need only these two, such as the click feedback read over every
   * message sent in a window: it parses about a fifth of the tree that {@link #read} builds.
   */
  public static void shownItems(String json, BiConsumer<String, String> item) {
    try (JsonParser p = FACTORY.createParser(json)) {
      expect(p.nextToken(), JsonToken.START_OBJECT);
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        if (p.currentName().equals("slots") && p.nextToken() == JsonToken.START_ARRAY) {
          while (p.nextToken() == JsonToken.START_OBJECT) {
            shownItemsOfSlot(p, item);
          }
        } else {
          p.nextToken();
          p.skipChildren();
        }
      }
    } catch (IOException | RuntimeException e) {
      throw new TailorException(ErrorCode.RUNTIME, "a stored decision cannot be read: " + e, e);
    }
  }

  private static void shownItemsOfSlot(JsonParser p, BiConsumer<String, String> item)
      throws IOException {
    String slotAlgorithm = "";
    List<String> products = new ArrayList<>(8);
    List<String> algorithms = new ArrayList<>(8);
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      JsonToken value = p.nextToken();
      if (field.equals("algorithm") && value.isScalarValue()) {
        slotAlgorithm = p.getValueAsString("");
      } else if (field.equals("items") && value == JsonToken.START_ARRAY) {
        while (p.nextToken() == JsonToken.START_OBJECT) {
          String product = "";
          String algorithm = null;
          while (p.nextToken() == JsonToken.FIELD_NAME) {
            String f = p.currentName();
            JsonToken v = p.nextToken();
            if (f.equals("product_id") && v.isScalarValue()) {
              product = p.getValueAsString("");
            } else if (f.equals("algorithm") && v.isScalarValue()) {
              algorithm = p.getValueAsString("");
            } else {
              p.skipChildren();
            }
          }
          products.add(product);
          algorithms.add(algorithm);
        }
      } else {
        p.skipChildren();
      }
    }
    for (int k = 0; k < products.size(); k++) {
      String a = algorithms.get(k);
      item.accept(products.get(k), a != null ? a : slotAlgorithm);
    }
  }

  private static void expect(JsonToken actual, JsonToken expected) throws IOException {
    if (actual != expected) {
      throw new IOException("expected " + expected + ", found " + actual);
    }
  }

  /** The item's own value of {@code field}, else its slot's, else empty. */
  private static String inherited(JsonNode item, JsonNode slot, String field) {
    JsonNode v = item.get(field);
    return v != null ? v.asText() : slot.path(field).asText("");
  }

  private static Optional<String> text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? Optional.empty() : Optional.of(v.asText());
  }
}
