package dev.tailor.campaign.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.tailor.core.decision.Decision;
import dev.tailor.core.decision.DecisionItem;
import dev.tailor.core.decision.SlotDecision;
import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The record is written byte for byte as Jackson's generator wrote it. */
class DecisionJsonBytesTest {
  /** The writer of the record before it was written directly: Jackson's streaming generator. */
  static String jackson(Decision d) throws IOException {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
      g.writeStartObject();
      g.writeNumberField("v", 2);
      g.writeStringField("customer_id", d.customerId());
      g.writeStringField("strategy", d.strategy());
      g.writeStringField("decided_at", d.decidedAt().toString());
      g.writeStringField("goal", d.goal());
      g.writeArrayFieldStart("slots");
      for (SlotDecision s : d.slots()) {
        g.writeStartObject();
        g.writeStringField("slot", s.slot());
        if (!s.kind().equals("product")) {
          g.writeStringField("kind", s.kind());
        }
        g.writeStringField("label", s.label());
        g.writeNumberField("requested", s.requested());
        if (s.shortfall().isPresent()) {
          g.writeStringField("shortfall", s.shortfall().get());
        }
        DecisionItem first = s.items().isEmpty() ? null : s.items().get(0);
        if (first != null) {
          g.writeStringField("algorithm", first.algorithm());
          g.writeStringField("source", first.source());
          g.writeStringField("explanation", first.explanation());
        }
        g.writeArrayFieldStart("items");
        for (int p = 0; p < s.items().size(); p++) {
          DecisionItem i = s.items().get(p);
          g.writeStartObject();
          g.writeStringField("product_id", i.productId());
          g.writeNumberField("score", i.score());
          if (i.position() != p + 1) {
            g.writeNumberField("position", i.position());
          }
          if (!Objects.equals(i.algorithm(), first.algorithm())) {
            g.writeStringField("algorithm", i.algorithm());
          }
          if (!Objects.equals(i.source(), first.source())) {
            g.writeStringField("source", i.source());
          }
          if (!Objects.equals(i.explanation(), first.explanation())) {
            g.writeStringField("explanation", i.explanation());
          }
          if (!i.rules().isEmpty()) {
            g.writeArrayFieldStart("rules");
            for (String r : i.rules()) {
              g.writeString(r);
            }
            g.writeEndArray();
          }
          if (i.fallback().isPresent()) {
            g.writeStringField("fallback", i.fallback().get());
          }
          if (i.propensity() != 1.0) {
            g.writeNumberField("propensity", i.propensity());
          }
          if (i.explored()) {
            g.writeBooleanField("explored", true);
          }
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    return out.toString();
  }

  /** Text of every kind: plain, quotes and backslashes, every control character, non-ASCII. */
  static String text(SplittableRandom r) {
    StringBuilder sb = new StringBuilder();
    int n = r.nextInt(0, 24);
    for (int i = 0; i < n; i++) {
      int kind = r.nextInt(10);
      char c =
          switch (kind) {
            case 0 -> (char) r.nextInt(0, 0x20);
            case 1 -> "\"\\/'<>&".charAt(r.nextInt(7));
            case 2 -> (char) r.nextInt(0x7F, 0x800);
            case 3 -> (char) r.nextInt(0x800, 0x10000); // surrogates and U+2028 too
            default -> (char) r.nextInt(0x20, 0x7F);
          };
      sb.append(c);
    }
    return sb.toString();
  }

  static double number(SplittableRandom r) {
    return switch (r.nextInt(8)) {
      case 0 -> 1.0;
      case 1 -> Double.NaN;
      case 2 -> r.nextBoolean() ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
      case 3 -> r.nextInt(-5, 5);
      case 4 -> r.nextDouble() * Math.pow(10, r.nextInt(-12, 12));
      case 5 -> -0.0;
      default -> r.nextDouble();
    };
  }

  /** In (0, 1]: mostly 1, else anything down to tiny values (written with an exponent). */
  static double propensity(SplittableRandom r) {
    return switch (r.nextInt(4)) {
      case 0 -> 1.0;
      case 1 -> Math.max(Double.MIN_VALUE, r.nextDouble() * Math.pow(10, -r.nextInt(0, 12)));
      default -> Math.max(Double.MIN_VALUE, r.nextDouble());
    };
  }

  static Decision decision(SplittableRandom r) {
    List<SlotDecision> slots = new ArrayList<>();
    for (int s = r.nextInt(0, 5); s > 0; s--) {
      String algorithm = r.nextInt(4) == 0 ? text(r) : "als";
      List<DecisionItem> items = new ArrayList<>();
      int n = r.nextInt(0, 6);
      for (int p = 1; p <= n; p++) {
        List<String> rules = new ArrayList<>();
        for (int k = r.nextInt(0, 3); k > 0; k--) {
          rules.add(text(r));
        }
        items.add(
            new DecisionItem(
                r.nextInt(5) == 0 ? text(r) : "P" + r.nextInt(10_000),
                r.nextInt(6) == 0 ? r.nextInt(1, 20) : p,
                number(r),
                r.nextInt(3) == 0 ? text(r) : algorithm,
                r.nextInt(3) == 0 ? text(r) : "src",
                rules,
                r.nextInt(4) == 0 ? Optional.of(text(r)) : Optional.empty(),
                r.nextInt(3) == 0 ? text(r) : "Picked for you",
                propensity(r),
                r.nextInt(5) == 0));
      }
      int requested = n + r.nextInt(0, 2);
      slots.add(
          new SlotDecision(
              text(r),
              r.nextInt(4) == 0 ? text(r) : "product",
              text(r),
              requested,
              items,
              requested > n || r.nextBoolean() ? Optional.of(text(r)) : Optional.empty()));
    }
    return new Decision(
        text(r),
        text(r),
        Instant.ofEpochSecond(r.nextLong(0, 4_000_000_000L), r.nextInt(0, 1_000_000_000)),
        text(r),
        slots);
  }

  @Test
  void everyDecisionIsWrittenAsJacksonsGeneratorWroteIt() throws IOException {
    SplittableRandom random = new SplittableRandom(11);
    for (int k = 0; k < 3_000; k++) {
      Decision d = decision(random);
      assertThat(DecisionJson.write(d)).isEqualTo(jackson(d));
    }
  }

  @Test
  void everyDecisionReadsBackAsWritten() {
    SplittableRandom random = new SplittableRandom(12);
    for (int k = 0; k < 500; k++) {
      Decision d = decision(random);
      Decision back = DecisionJson.read(DecisionJson.write(d));
      assertThat(back.customerId()).isEqualTo(d.customerId());
      assertThat(back.slots()).hasSameSizeAs(d.slots());
      assertThat(back.items().stream().map(DecisionItem::productId).toList())
          .isEqualTo(d.items().stream().map(DecisionItem::productId).toList());
    }
  }
}
