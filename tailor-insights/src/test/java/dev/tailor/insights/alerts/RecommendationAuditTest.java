package dev.tailor.insights.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tailor.core.TailorException;
import dev.tailor.core.catalog.Product;
import dev.tailor.insights.attribution.RecommendedItem;
import dev.tailor.insights.attribution.SentMessage;
import dev.tailor.insights.attribution.SentSlot;
import dev.tailor.testkit.Fixtures;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RecommendationAuditTest {
  private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
  private final Map<String, Product> catalog =
      Map.of(
          "p1", Fixtures.product("p1"),
          "p2", Fixtures.productBuilder("p2").inventory(0).build(),
          "p3", Fixtures.productBuilder("p3").title("Replica Watch").build(),
          "p4",
              Fixtures.productBuilder("p4")
                  .title("Glassware set")
                  .tags(List.of("kitchen"))
                  .build());

  @Test
  void outOfStockAndBlockedTermProductsRaiseOneAlertEach() {
    List<SentMessage> sent =
        List.of(message("m1", "p1", "p2"), message("m2", "p2", "p3"), message("m3", "p1", "p4"));

    List<Alert> alerts =
        new RecommendationAudit(List.of("replica", "glass"))
            .audit("spring", sent, id -> Optional.ofNullable(catalog.get(id)), NOW);

    assertThat(alerts)
        .extracting(Alert::code, Alert::severity, Alert::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "out-of-stock-recommended",
                Severity.WARNING,
                "1 out-of-stock products recommended in 2 emails: p2"),
            org.assertj.core.groups.Tuple.tuple(
                "blocked-term-recommended",
                Severity.CRITICAL,
                "1 products with a blocked term recommended in 1 emails: p3 ('replica')"));
  }

  @Test
  void termsMatchWholeWordsOnlyAndLongListsAreCut() {
    assertThat(RecommendationAudit.containsWord("glassware set", "glass")).isFalse();
    assertThat(RecommendationAudit.containsWord("a glass, clear", "glass")).isTrue();
    assertThat(RecommendationAudit.containsWord("fiberglass glass", "glass")).isTrue();
    List<SentMessage> sent = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      sent.add(message("m" + i, "x" + i));
    }
    List<Alert> alerts =
        new RecommendationAudit(List.of())
            .audit(
                "spring",
                sent,
                id -> Optional.of(Fixtures.productBuilder(id).inventory(0).build()),
                NOW);
    assertThat(alerts.get(0).message()).endsWith("x6, x7 and 2 more").startsWith("12 out-of-stock");
    assertThatThrownBy(() -> new RecommendationAudit(List.of(" ")))
        .isInstanceOf(TailorException.class)
        .hasMessageContaining("tailor.alerts.blocked-terms");
  }

  private static SentMessage message(String id, String... products) {
    List<RecommendedItem> items = new ArrayList<>();
    for (int i = 0; i < products.length; i++) {
      items.add(new RecommendedItem("grid", products[i], "itemknn", i + 1, false));
    }
    return new SentMessage(
        id,
        "c-" + id,
        "spring",
        "ai",
        false,
        NOW,
        List.of(new SentSlot("grid", products.length, items)));
  }
}
