package dev.tailor.sim.behaviour;

import dev.tailor.core.event.EventType;
import dev.tailor.sim.catalog.Catalog;
import dev.tailor.sim.catalog.CatalogItem;
import dev.tailor.sim.random.Draws;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * One visit to the shop: a few product views, mostly in one category; some products go to the cart,
 * some come out again; a registered customer with a cart may start checkout and complete the order
 * (one {@code order_completed} row per line, sharing the order id).
 */
final class SessionSimulator {
  private static final double MORE_VIEWS = 0.7;
  private static final int MAX_VIEWS = 25;
  private static final double ADD = 0.16;
  private static final double REMOVE = 0.12;
  private static final double CHECKOUT = 0.55;
  private static final double COMPLETE = 0.75;

  private final Catalog catalog;
  private final ProductPicker picker;
  private final Timeline timeline;
  private final SplittableRandom rng;
  private final String orderPrefix;
  private int orders;

  SessionSimulator(
      Catalog catalog,
      ProductPicker picker,
      Timeline timeline,
      SplittableRandom rng,
      String orderPrefix) {
    this.catalog = catalog;
    this.picker = picker;
    this.timeline = timeline;
    this.rng = rng;
    this.orderPrefix = orderPrefix;
  }

  /**
   * Simulates a session starting at {@code start}; {@code firstProduct} is the product the visitor
   * arrives on (from an email click) or -1. Anonymous visitors never check out.
   */
  void browse(long start, boolean anonymous, int firstProduct) {
    int anchor =
        firstProduct >= 0 ? catalog.item(firstProduct).category() : picker.sessionCategory();
    int views = Math.min(MAX_VIEWS, 1 + Draws.geometric(rng, 1 - MORE_VIEWS));
    long t = start;
    List<int[]> cart = new ArrayList<>();
    for (int v = 0; v < views; v++) {
      int p = v == 0 && firstProduct >= 0 ? firstProduct : picker.pick(t, anchor);
      if (p < 0) {
        continue;
      }
      timeline.product(t, EventType.PRODUCT_VIEWED, anonymous, p, 0);
      t += gap();
      CatalogItem item = catalog.item(p);
      if (Draws.chance(rng, ADD * picker.appeal(item) * picker.categoryFit(item) * 2)) {
        int quantity = drawQuantity();
        timeline.product(t, EventType.PRODUCT_ADDED, anonymous, p, quantity);
        addToCart(cart, p, quantity);
        t += gap();
      }
    }
    for (int i = cart.size() - 1; i >= 0; i--) {
      if (Draws.chance(rng, REMOVE)) {
        int[] line = cart.remove(i);
        timeline.product(t, EventType.PRODUCT_REMOVED, anonymous, line[0], line[1]);
        t += gap();
      }
    }
    if (!anonymous && !cart.isEmpty() && Draws.chance(rng, CHECKOUT)) {
      checkout(t, cart);
    }
  }

  /** A product added twice in a session is one cart line with the summed quantity. */
  private static void addToCart(List<int[]> cart, int product, int quantity) {
    for (int[] line : cart) {
      if (line[0] == product) {
        line[1] += quantity;
        return;
      }
    }
    cart.add(new int[] {product, quantity});
  }

  private void checkout(long t, List<int[]> cart) {
    if (!timeline.plain(t, EventType.CHECKOUT_STARTED) || !Draws.chance(rng, COMPLETE)) {
      return;
    }
    long paid = t + 60 + rng.nextInt(240);
    String orderId = orderPrefix + (orders + 1);
    boolean recorded = false;
    for (int[] line : cart) {
      recorded |= timeline.orderLine(paid, line[0], line[1], orderId);
    }
    if (recorded) {
      orders++;
    }
  }

  /** Orders completed within the window so far. */
  int orders() {
    return orders;
  }

  private long gap() {
    return 15 + rng.nextInt(150);
  }

  private int drawQuantity() {
    double r = rng.nextDouble();
    return r < 0.88 ? 1 : r < 0.97 ? 2 : 3;
  }
}
