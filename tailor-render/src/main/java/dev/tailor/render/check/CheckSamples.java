package dev.tailor.render.check;

import dev.tailor.core.catalog.Product;
import dev.tailor.core.customer.Customer;
import dev.tailor.render.model.ContentBlock;
import dev.tailor.render.model.EmailContext;
import dev.tailor.render.model.Slot;
import dev.tailor.render.model.SlotItem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The sample recipient of checks: every standard slot (6 items each) and block is present. */
public final class CheckSamples {
  /** Slot names templates may use without an unknown-variable problem. */
  public static final List<String> SLOTS =
      List.of(
          "picked_for_you",
          "trending",
          "because_you_viewed",
          "new_arrivals",
          "bestsellers",
          "cart",
          "viewed",
          "cross_sell");

  /** Block names templates may use. */
  public static final List<String> BLOCKS = List.of("hero", "article", "offer");

  private CheckSamples() {}

  public static EmailContext recipient() {
    Map<String, Slot> slots = new LinkedHashMap<>();
    for (String s : SLOTS) {
      List<SlotItem> items = new ArrayList<>();
      for (int i = 0; i < 6; i++) {
        items.add(new SlotItem(product(s + "-" + i), 1.0 - i / 10.0, "sample"));
      }
      slots.put(s, new Slot(s, "Sample " + s, "Sample explanation", items));
    }
    Map<String, ContentBlock> blocks = new LinkedHashMap<>();
    for (String b : BLOCKS) {
      blocks.put(
          b,
          new ContentBlock(
              b,
              "Sample " + b,
              "Sample text",
              "https://shop.example/" + b,
              "https://shop.example/" + b + ".jpg",
              "Open"));
    }
    Customer c =
        Customer.builder("sample")
            .firstName("Sam")
            .lastName("Sample")
            .email("sam@example.com")
            .country("US")
            .build();
    return new EmailContext(c, "check", "check-1", slots, blocks, 0, Map.of("coupon", "SAMPLE10"));
  }

  private static Product product(String id) {
    return Product.builder(id)
        .title("Sample product " + id)
        .category(List.of("Sample"))
        .price(new BigDecimal("19.99"))
        .currency("USD")
        .url("https://shop.example/p/" + id)
        .imageUrl("https://shop.example/i/" + id + ".jpg")
        .build();
  }
}
