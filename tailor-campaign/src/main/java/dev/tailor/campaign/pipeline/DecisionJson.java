package dev.tailor.campaign.pipeline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tailor.core.ErrorCode;
import dev.tailor.core.TailorException;
import dev.tailor.core.decision.Decision;
import dev.tailor.core.decision.DecisionItem;
import dev.tailor.core.decision.SlotDecision;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A {@link Decision} as the JSON kept in each message record, and back, without loss: {@code
 * {"customer_id", "strategy", "decided_at", "goal", "slots": [{"slot", "kind", "label",
 * "requested", "shortfall"?, "items": [{"product_id", "position", "score", "algorithm", "source",
 * "rules", "fallback"?, "explanation", "propensity", "explored"}]}]}}.
 */
public final class DecisionJson {
  private static final ObjectMapper JSON = new ObjectMapper();

  private DecisionJson() {}

  public static String write(Decision d) {
    ObjectNode root = JSON.createObjectNode();
    root.put("customer_id", d.customerId());
    root.put("strategy", d.strategy());
    root.put("decided_at", d.decidedAt().toString());
    root.put("goal", d.goal());
    ArrayNode slots = root.putArray("slots");
    for (SlotDecision s : d.slots()) {
      ObjectNode sn = slots.addObject();
      sn.put("slot", s.slot());
      sn.put("kind", s.kind());
      sn.put("label", s.label());
      sn.put("requested", s.requested());
      s.shortfall().ifPresent(w -> sn.put("shortfall", w));
      ArrayNode items = sn.putArray("items");
      for (DecisionItem i : s.items()) {
        ObjectNode in = items.addObject();
        in.put("product_id", i.productId());
        in.put("position", i.position());
        in.put("score", i.score());
        in.put("algorithm", i.algorithm());
        in.put("source", i.source());
        ArrayNode rules = in.putArray("rules");
        i.rules().forEach(rules::add);
        i.fallback().ifPresent(f -> in.put("fallback", f));
        in.put("explanation", i.explanation());
        in.put("propensity", i.propensity());
        in.put("explored", i.explored());
      }
    }
    try {
      return JSON.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new TailorException(ErrorCode.RUNTIME, "cannot write a decision as JSON", e);
    }
  }

  public static Decision read(String json) {
    try {
      JsonNode root = JSON.readTree(json);
      List<SlotDecision> slots = new ArrayList<>();
      for (JsonNode s : root.path("slots")) {
        List<DecisionItem> items = new ArrayList<>();
        for (JsonNode i : s.path("items")) {
          List<String> rules = new ArrayList<>();
          i.path("rules").forEach(r -> rules.add(r.asText()));
          items.add(
              new DecisionItem(
                  i.path("product_id").asText(),
                  i.path("position").asInt(),
                  i.path("score").asDouble(),
                  i.path("algorithm").asText(),
                  i.path("source").asText(),
                  rules,
                  text(i, "fallback"),
                  i.path("explanation").asText(),
                  i.path("propensity").asDouble(),
                  i.path("explored").asBoolean()));
        }
        slots.add(
            new SlotDecision(
                s.path("slot").asText(),
                s.path("kind").asText(),
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
    } catch (JsonProcessingException | RuntimeException e) {
      throw new TailorException(ErrorCode.RUNTIME, "a stored decision cannot be read: " + e, e);
    }
  }

  private static Optional<String> text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? Optional.empty() : Optional.of(v.asText());
  }
}
