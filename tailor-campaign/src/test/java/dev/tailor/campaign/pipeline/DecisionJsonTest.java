package dev.tailor.campaign.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tailor.core.TailorException;
import dev.tailor.core.decision.Decision;
import dev.tailor.core.decision.DecisionItem;
import dev.tailor.core.decision.SlotDecision;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DecisionJsonTest {
  private static DecisionItem item(
      String id, int position, String algorithm, String explanation, double propensity) {
    return new DecisionItem(
        id,
        position,
        1.0 / (position + 0.37),
        algorithm,
        algorithm + ":preferred_category",
        position == 3 ? List.of("diversity:mmr", "boost:new") : List.of(),
        position == 4 ? Optional.of("trending") : Optional.empty(),
        explanation,
        propensity,
        propensity < 1);
  }

  private static Decision decision() {
    List<DecisionItem> picks = new ArrayList<>();
    for (int p = 1; p <= 4; p++) {
      picks.add(item("P00" + p, p, "popular", "Popular in Coats", p == 2 ? 0.25 : 1.0));
    }
    List<DecisionItem> mixed =
        List.of(
            item("P100", 1, "als", "Picked for you", 1.0),
            item("P101", 2, "itemknn", "Because you viewed Boots", 1.0),
            item("P102", 5, "als", "Picked for you", 1.0));
    return new Decision(
        "C0001",
        "fashion-5-slot",
        Instant.parse("2026-11-26T10:00:00.123456Z"),
        "clicks",
        List.of(
            new SlotDecision("top", "product", "Bestsellers in Coats", 4, picks, Optional.empty()),
            new SlotDecision(
                "mixed", "product", "For you", 4, mixed, Optional.of("only 3 of 4 items")),
            new SlotDecision(
                "story", "content", "Read", 1, List.of(), Optional.of("no content yet"))));
  }

  /** The first format: every field of every item. */
  private static String firstFormat(Decision d) {
    ObjectMapper m = new ObjectMapper();
    var root = m.createObjectNode();
    root.put("customer_id", d.customerId());
    root.put("strategy", d.strategy());
    root.put("decided_at", d.decidedAt().toString());
    root.put("goal", d.goal());
    var slots = root.putArray("slots");
    for (SlotDecision s : d.slots()) {
      var sn = slots.addObject();
      sn.put("slot", s.slot());
      sn.put("kind", s.kind());
      sn.put("label", s.label());
      sn.put("requested", s.requested());
      s.shortfall().ifPresent(w -> sn.put("shortfall", w));
      var items = sn.putArray("items");
      for (DecisionItem i : s.items()) {
        var in = items.addObject();
        in.put("product_id", i.productId());
        in.put("position", i.position());
        in.put("score", i.score());
        in.put("algorithm", i.algorithm());
        in.put("source", i.source());
        var rules = in.putArray("rules");
        i.rules().forEach(rules::add);
        i.fallback().ifPresent(f -> in.put("fallback", f));
        in.put("explanation", i.explanation());
        in.put("propensity", i.propensity());
        in.put("explored", i.explored());
      }
    }
    return root.toString();
  }

  @Test
  void aDecisionReadsBackExactlyAsItWasWritten() {
    Decision d = decision();
    assertThat(DecisionJson.read(DecisionJson.write(d))).isEqualTo(d);
  }

  @Test
  void recordsOfTheFirstFormatWithEveryFieldStillReadTheSame() {
    String first =
        "{\"customer_id\":\"C1\",\"strategy\":\"s\",\"decided_at\":\"2026-11-26T10:00:00Z\","
            + "\"goal\":\"clicks\",\"slots\":[{\"slot\":\"top\",\"kind\":\"product\","
            + "\"label\":\"Top\",\"requested\":2,\"items\":[{\"product_id\":\"P1\",\"position\":1,"
            + "\"score\":0.5,\"algorithm\":\"popular\",\"source\":\"popular\",\"rules\":[],"
            + "\"explanation\":\"A bestseller\",\"propensity\":1.0,\"explored\":false},"
            + "{\"product_id\":\"P2\",\"position\":2,\"score\":0.25,\"algorithm\":\"als\","
            + "\"source\":\"als\",\"rules\":[\"diversity:mmr\"],\"fallback\":\"trending\","
            + "\"explanation\":\"For you\",\"propensity\":0.5,\"explored\":true}]}]}";
    Decision d = DecisionJson.read(first);
    assertThat(DecisionJson.read(DecisionJson.write(d))).isEqualTo(d);
    DecisionItem p2 = d.items().get(1);
    assertThat(p2.algorithm()).isEqualTo("als");
    assertThat(p2.rules()).containsExactly("diversity:mmr");
    assertThat(p2.fallback()).contains("trending");
    assertThat(p2.propensity()).isEqualTo(0.5);
    assertThat(p2.explored()).isTrue();
    assertThat(d.items().get(0).explanation()).isEqualTo("A bestseller");
  }

  @Test
  void theRecordKeepsTheSlotAndProductKeysThatClickAttributionReadsAndIsCompact() throws Exception {
    String json = DecisionJson.write(decision());
    JsonNode root = new ObjectMapper().readTree(json);
    assertThat(root.path("slots").get(1).path("slot").asText()).isEqualTo("mixed");
    assertThat(root.path("slots").get(1).path("items").get(1).path("product_id").asText())
        .isEqualTo("P101");
    // this decision varies more than most (rules, fallbacks, exploration, own explanations)
    assertThat(json.length()).isLessThan(firstFormat(decision()).length() * 2 / 3);
  }

  private static List<String> shown(String json) {
    List<String> out = new ArrayList<>();
    DecisionJson.shownItems(json, (product, algorithm) -> out.add(product + "/" + algorithm));
    return out;
  }

  @Test
  void theShownItemsStreamAsReadGivesThemInBothFormats() {
    Decision d = decision();
    List<String> expected =
        d.items().stream().map(i -> i.productId() + "/" + i.algorithm()).toList();
    assertThat(expected).hasSize(7).contains("P101/itemknn", "P102/als");
    assertThat(shown(DecisionJson.write(d))).isEqualTo(expected);
    assertThat(shown(firstFormat(d))).isEqualTo(expected);
  }

  @Test
  void aSlotsAlgorithmWrittenAfterItsItemsIsStillInherited() {
    String json =
        "{\"slots\":[{\"items\":[{\"product_id\":\"P1\",\"rules\":[\"a\"]},"
            + "{\"algorithm\":\"als\",\"product_id\":\"P2\"}],\"algorithm\":\"popular\","
            + "\"extra\":{\"nested\":[1,2]}}],\"customer_id\":\"C1\","
            + "\"decided_at\":\"2026-11-26T10:00:00Z\"}";
    assertThat(shown(json)).containsExactly("P1/popular", "P2/als");
    List<String> read =
        DecisionJson.read(json).items().stream()
            .map(i -> i.productId() + "/" + i.algorithm())
            .toList();
    assertThat(read).containsExactly("P1/popular", "P2/als");
  }

  @Test
  void aTornRecordIsRefusedWithTheReason() {
    String json = DecisionJson.write(decision());
    assertThatThrownBy(() -> shown(json.substring(0, json.length() / 2)))
        .isInstanceOf(TailorException.class)
        .hasMessageContaining("a stored decision cannot be read");
  }
}
