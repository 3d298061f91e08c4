package dev.tailor.render;

import dev.tailor.core.catalog.Product;
import dev.tailor.core.customer.Customer;
import dev.tailor.render.model.ContentBlock;
import dev.tailor.render.model.EmailContext;
import dev.tailor.render.model.RenderConfig;
import dev.tailor.render.model.Slot;
import dev.tailor.render.model.SlotItem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Fixed recipients and products for the render tests and golden files. */
public final class Samples {
  public static final RenderConfig CONFIG =
      RenderConfig.of(
          "https://t.shop.example",
          "test-signing-key-0123456789",
          "news@shop.example",
          "Shop Example Ltd, 1 Market Street, Springfield 12345, USA");

  /** The golden cases: name to context. */
  public static Map<String, EmailContext> cases() {
    Map<String, EmailContext> m = new LinkedHashMap<>();
    m.put("full-history", full("c1", "Ada", 5, 4));
    m.put(
        "new-customer",
        context(
            Customer.of("c2"),
            List.of(
                slot("picked_for_you", "Bestsellers", "Popular with shoppers like you", 0, 4))));
    m.put("empty-slots", full("c3", "Ben", 5, 0));
    m.put("one-item", full("c4", "Cleo", 5, 1));
    m.put("long-titles", context(customer("c5", "Dmitri"), List.of(longSlot())));
    m.put(
        "non-ascii",
        context(
            customer("c6", "Zoë Åsa Łucja 美咲"),
            List.of(
                slot(
                    "picked_for_you",
                    "Für dich ausgewählt",
                    "Weil du Schuhe angesehen hast",
                    10,
                    3))));
    m.put(
        "right-to-left",
        context(
            Customer.builder("c7")
                .firstName("مريم")
                .email("c7@example.com")
                .attributes(Map.of("language", "ar"))
                .build(),
            List.of(slot("picked_for_you", "مختارة لك", "لأنك شاهدت الأحذية", 20, 3))));
    m.put(
        "script-title",
        context(
            customer("c8", "<b>Eve</b>"),
            List.of(
                new Slot(
                    "picked_for_you",
                    "Picked",
                    "",
                    List.of(
                        new SlotItem(product("x1", "<script>alert(1)</script>"), 1, "popular"))))));
    return m;
  }

  public static Customer customer(String id, String firstName) {
    return Customer.builder(id).firstName(firstName).email(id + "@example.com").build();
  }

  static EmailContext full(String id, String name, int slots, int perSlot) {
    String[][] names = {
      {"picked_for_you", "Picked for you", "Because you viewed running shoes"},
      {"trending", "Trending in Running", "Popular with shoppers like you"},
      {"because_you_viewed", "Because you viewed", "Similar to what you looked at"},
      {"new_arrivals", "New arrivals", "Fresh in your favourite categories"},
      {"bestsellers", "Bestsellers", "What everyone is buying"}
    };
    List<Slot> list = new ArrayList<>();
    for (int s = 0; s < slots; s++) {
      list.add(slot(names[s][0], names[s][1], names[s][2], s * 10, perSlot));
    }
    return context(customer(id, name), list);
  }

  public static Slot slot(String name, String label, String why, int offset, int n) {
    List<SlotItem> items = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      int k = offset + i;
      items.add(new SlotItem(product("p" + k, "Product " + k), 1.0 - i * 0.1, "itemknn"));
    }
    return new Slot(name, label, why, items);
  }

  static Slot longSlot() {
    String t =
        "An extraordinarily long product title that goes on and on about waterproof trail"
            + " running shoes with extra cushioning and reflective details";
    return new Slot(
        "picked_for_you",
        "Picked for you",
        "",
        List.of(
            new SlotItem(product("l1", t), 1, "als"),
            new SlotItem(product("l2", t + " II"), 0.9, "als")));
  }

  public static Product product(String id, String title) {
    return Product.builder(id)
        .title(title)
        .category(List.of("Shoes", "Running"))
        .price(new BigDecimal("59.9"))
        .currency("EUR")
        .url("https://shop.example/p/" + id)
        .imageUrl("https://img.shop.example/" + id + ".jpg")
        .attributes(Map.of("bought_this_week", "12"))
        .build();
  }

  public static EmailContext context(Customer c, List<Slot> slots) {
    Map<String, Slot> byName = new LinkedHashMap<>();
    slots.forEach(s -> byName.put(s.name(), s));
    Map<String, ContentBlock> blocks = new LinkedHashMap<>();
    blocks.put(
        "hero",
        new ContentBlock(
            "hero",
            "Spring is here",
            "New season, new picks.",
            "https://shop.example/spring",
            "https://img.shop.example/hero.jpg",
            "Shop spring"));
    blocks.put(
        "article",
        new ContentBlock(
            "article",
            "How to choose running shoes",
            "Five things to check before you buy.",
            "https://shop.example/blog/shoes",
            "",
            "Read the guide"));
    blocks.put(
        "offer",
        new ContentBlock(
            "offer",
            "10% off your next order",
            "Use code WELCOME10 at checkout.",
            "https://shop.example/offer",
            "",
            "Claim offer"));
    return new EmailContext(
        c, "spring-2026", "m-" + c.id(), byName, blocks, 0, Map.of("coupon", "WELCOME10"));
  }
}
