package dev.tailor.render.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tailor.core.TailorException;
import dev.tailor.core.catalog.Product;
import dev.tailor.core.customer.Customer;
import dev.tailor.core.decision.Decision;
import dev.tailor.core.decision.DecisionItem;
import dev.tailor.core.decision.SlotDecision;
import dev.tailor.render.EmailRenderer;
import dev.tailor.render.Samples;
import dev.tailor.render.gallery.StarterGallery;
import dev.tailor.render.model.ContentBlock;
import dev.tailor.render.model.EmailContext;
import dev.tailor.render.model.RenderedEmail;
import dev.tailor.render.model.Slot;
import dev.tailor.render.model.SlotItem;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class DecisionAdapterTest {
  private static final Customer ADA = Samples.customer("c1", "Ada");
  private final Map<String, Product> catalog = new HashMap<>();

  DecisionAdapterTest() {
    for (int i = 0; i < 30; i++) {
      catalog.put("p" + i, Samples.product("p" + i, "Product " + i));
    }
    catalog.put(
        "a1",
        Product.builder("a1")
            .title("How to choose running shoes")
            .url("https://shop.example/blog/a1")
            .attributes(Map.of("type", "article", "summary", "Five things to check."))
            .build());
  }

  private static DecisionItem item(String id, int pos, String algorithm, String why) {
    return new DecisionItem(
        id, pos, 1.0 / pos, algorithm, "model", List.of(), Optional.empty(), why, 1, false);
  }

  private static SlotDecision slot(String id, String label, String why, String... products) {
    List<DecisionItem> items = new ArrayList<>();
    for (int i = 0; i < products.length; i++) {
      items.add(item(products[i], i + 1, "itemknn", why));
    }
    return new SlotDecision(id, "product", label, products.length, items, Optional.empty());
  }

  private static Decision decision(String customer, SlotDecision... slots) {
    return new Decision(customer, "test", Instant.EPOCH, "clicks", List.of(slots));
  }

  @Test
  void slotsAndItemsKeepTheDecisionsOrderAndCarryItsAttribution() {
    Decision d =
        decision(
            "c1",
            slot("similar", "Because you bought Product 9", "Similar to Product 9", "p3", "p1"),
            slot("trending", "Trending in Running", "Trending in Running", "p7", "p2", "p5"));

    EmailContext ctx = DecisionAdapter.toEmailContext(d, ADA, catalog, "camp", "m1");

    assertThat(ctx.slots().keySet()).containsExactly("similar", "trending");
    Slot similar = ctx.slots().get("similar");
    assertThat(similar.label()).isEqualTo("Because you bought Product 9");
    assertThat(similar.explanation()).isEqualTo("Similar to Product 9");
    assertThat(similar.items()).extracting(i -> i.product().id()).containsExactly("p3", "p1");
    SlotItem first = similar.items().get(0);
    assertThat(first.algorithm()).isEqualTo("itemknn");
    assertThat(first.decision()).contains(d.slots().get(0).items().get(0));
    assertThat(ctx.campaignId()).isEqualTo("camp");
    assertThat(ctx.messageId()).isEqualTo("m1");
  }

  @Test
  void theRenderedEmailShowsTheDecisionsItemsInTheSlotsInOrder() {
    Decision d =
        decision(
            "c1",
            slot("similar", "Because you bought Product 9", "Similar", "p3", "p1", "p8", "p4"),
            slot("trending", "Trending in Running", "Trending", "p7", "p2"));
    EmailContext ctx = DecisionAdapter.toEmailContext(d, ADA, catalog, "camp", "m1");

    RenderedEmail e =
        new EmailRenderer(Samples.CONFIG).render(StarterGallery.get("weekly-picks"), ctx);

    Matcher m = Pattern.compile("utm_content%3D([a-z_]+)-(p[0-9]+)").matcher(e.html());
    List<String> shown = new ArrayList<>();
    while (m.find()) {
      shown.add(m.group(1) + "/" + m.group(2));
    }
    assertThat(shown)
        .containsExactly(
            "similar/p3", "similar/p1", "similar/p8", "similar/p4", "trending/p7", "trending/p2");
    assertThat(e.html().indexOf("Because you bought Product 9"))
        .isLessThan(e.html().indexOf("Trending in Running"));
  }

  @Test
  void itemsWithDifferentExplanationsLeaveTheSlotExplanationEmpty() {
    SlotDecision s =
        new SlotDecision(
            "picked",
            "product",
            "Picked for you",
            2,
            List.of(item("p1", 1, "als", "Picked for you"), item("p2", 2, "trending", "Trending")),
            Optional.empty());
    EmailContext ctx =
        DecisionAdapter.toEmailContext(decision("c1", s), ADA, catalog, "camp", "m1");
    assertThat(ctx.slots().get("picked").explanation()).isEmpty();
    assertThat(ctx.slots().get("picked").items())
        .extracting(SlotItem::explanation)
        .containsExactly("Picked for you", "Trending");
  }

  @Test
  void aProductMissingFromTheCatalogIsLeftOutAndAnEmptySlotStaysEmpty() {
    SlotDecision shortSlot =
        new SlotDecision(
            "new_in", "product", "New in", 4, List.of(), Optional.of("no new arrivals"));
    Decision d = decision("c1", slot("similar", "Similar", "", "p1", "gone", "p2"), shortSlot);

    EmailContext ctx = DecisionAdapter.toEmailContext(d, ADA, catalog, "camp", "m1");

    assertThat(ctx.slots().get("similar").items())
        .extracting(i -> i.product().id())
        .containsExactly("p1", "p2");
    assertThat(ctx.slots().get("new_in").items()).isEmpty();
    RenderedEmail e =
        new EmailRenderer(Samples.CONFIG).render(StarterGallery.get("weekly-picks"), ctx);
    assertThat(e.html()).doesNotContain("New in").contains("Product 1", "Product 2");
  }

  @Test
  void aContentSlotBecomesABlockNamedBySlotId() {
    SlotDecision content =
        new SlotDecision(
            "article",
            "content",
            "Read more",
            1,
            List.of(item("a1", 1, "curated", "Selected by the shop")),
            Optional.empty());
    Decision d = decision("c1", slot("similar", "Similar", "", "p1"), content);

    EmailContext ctx = DecisionAdapter.toEmailContext(d, ADA, catalog, "camp", "m1");

    assertThat(ctx.slots()).containsOnlyKeys("similar");
    ContentBlock b = ctx.blocks().get("article");
    assertThat(b.title()).isEqualTo("How to choose running shoes");
    assertThat(b.body()).isEqualTo("Five things to check.");
    assertThat(b.url()).isEqualTo("https://shop.example/blog/a1");
    assertThat(b.cta()).isEqualTo("Read more");
    RenderedEmail e =
        new EmailRenderer(Samples.CONFIG).render(StarterGallery.get("post-purchase"), ctx);
    assertThat(e.html()).contains("How to choose running shoes", "Five things to check.");
  }

  @Test
  void slotIdsBecomeTemplateNamesWithoutCollisions() {
    Decision d = decision("c1", slot("New-In", "A", "", "p1"), slot("new_in", "B", "", "p2"));
    EmailContext ctx = DecisionAdapter.toEmailContext(d, ADA, catalog, "camp", "m1");
    assertThat(ctx.slots().keySet()).containsExactly("new_in", "new_in_2");
    assertThat(DecisionAdapter.templateName("2nd pick")).isEqualTo("slot_2nd_pick");
  }

  @Test
  void aDecisionForAnotherCustomerIsRefused() {
    Decision d = decision("c2", slot("similar", "Similar", "", "p1"));
    assertThatThrownBy(() -> DecisionAdapter.toEmailContext(d, ADA, catalog, "camp", "m1"))
        .isInstanceOf(TailorException.class)
        .hasMessageContaining("c2")
        .hasMessageContaining("c1");
  }

  @Test
  void campaignValuesAndBlocksAddOnTop() {
    EmailContext ctx =
        DecisionAdapter.toEmailContext(
                decision("c1", slot("similar", "Similar", "", "p1")), ADA, catalog, "camp", "m1")
            .withSubjectVariant(1)
            .withExtra(Map.of("coupon", "SAVE10"))
            .withBlocks(List.of(new ContentBlock("offer", "10% off", "", "", "", "")));
    assertThat(ctx.subjectVariant()).isEqualTo(1);
    assertThat(ctx.extra()).containsEntry("coupon", "SAVE10");
    assertThat(ctx.blocks()).containsKey("offer");
    assertThat(ctx.slots()).containsKey("similar");
  }
}
