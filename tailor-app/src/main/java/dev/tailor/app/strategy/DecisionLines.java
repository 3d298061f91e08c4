package dev.tailor.app.strategy;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.tailor.core.decision.Decision;
import dev.tailor.core.decision.DecisionItem;
import dev.tailor.core.decision.SlotDecision;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Optional;

/**
 * Writes a {@link Decision} as one JSON object with a streaming generator: the same bytes the
 * object mapper of {@code tailor recommend --json} gives (snake_case names, absent values as null,
 * times as ISO-8601 text), without reflection. Thread-safe.
 */
final class DecisionLines {
  private final JsonFactory factory =
      new JsonFactory().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

  /** Writes {@code d} to {@code out} (no newline). */
  void write(Decision d, OutputStream out) throws IOException {
    try (JsonGenerator g = factory.createGenerator(out)) {
      g.writeStartObject();
      g.writeStringField("customer_id", d.customerId());
      g.writeStringField("strategy", d.strategy());
      g.writeStringField("decided_at", d.decidedAt().toString());
      g.writeStringField("goal", d.goal());
      g.writeArrayFieldStart("slots");
      for (SlotDecision s : d.slots()) {
        slot(g, s);
      }
      g.writeEndArray();
      g.writeEndObject();
    }
  }

  private static void slot(JsonGenerator g, SlotDecision s) throws IOException {
    g.writeStartObject();
    g.writeStringField("slot", s.slot());
    g.writeStringField("kind", s.kind());
    g.writeStringField("label", s.label());
    g.writeNumberField("requested", s.requested());
    g.writeArrayFieldStart("items");
    for (DecisionItem i : s.items()) {
      g.writeStartObject();
      g.writeStringField("product_id", i.productId());
      g.writeNumberField("position", i.position());
      g.writeNumberField("score", i.score());
      g.writeStringField("algorithm", i.algorithm());
      g.writeStringField("source", i.source());
      g.writeArrayFieldStart("rules");
      for (String r : i.rules()) {
        g.writeString(r);
      }
      g.writeEndArray();
      optional(g, "fallback", i.fallback());
      g.writeStringField("explanation", i.explanation());
      g.writeNumberField("propensity", i.propensity());
      g.writeBooleanField("explored", i.explored());
      g.writeEndObject();
    }
    g.writeEndArray();
    optional(g, "shortfall", s.shortfall());
    g.writeEndObject();
  }

  private static void optional(JsonGenerator g, String field, Optional<String> value)
      throws IOException {
    if (value.isPresent()) {
      g.writeStringField(field, value.get());
    } else {
      g.writeNullField(field);
    }
  }
}
