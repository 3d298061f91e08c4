package dev.tailor.app.render;

import dev.tailor.core.catalog.Product;
import dev.tailor.core.customer.Customer;
import dev.tailor.core.store.Store;
import dev.tailor.reco.recommend.Recommendation;
import dev.tailor.reco.recommend.Recommendations;
import dev.tailor.render.model.EmailContext;
import dev.tailor.render.model.Slot;
import dev.tailor.render.model.SlotItem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Fills a template's slots from a trained model's recommendations (without a strategy): the top
 * four products go to {@code picked_for_you}, the next four to {@code more_for_you}. Slots a
 * template names that are not filled here render as hidden.
 */
final class RecommendedContext {
  static final int PER_SLOT = 4;

  private RecommendedContext() {}

  static EmailContext build(
      Customer customer, Recommendations recs, Store store, String campaign, String messageId) {
    Map<String, Product> products =
        store
            .products()
            .findAllById(recs.items().stream().map(Recommendation::productId).toList())
            .stream()
            .collect(Collectors.toMap(Product::id, Function.identity()));
    List<SlotItem> items = new ArrayList<>();
    for (Recommendation r : recs.items()) {
      Product p = products.get(r.productId());
      if (p != null) {
        items.add(new SlotItem(p, r.score(), recs.servedBy()));
      }
    }
    String why = "Chosen for you from what you viewed and bought";
    List<Slot> slots =
        List.of(
            new Slot(
                "picked_for_you",
                "Picked for you",
                why,
                items.subList(0, Math.min(PER_SLOT, items.size()))),
            new Slot(
                "more_for_you",
                "More for you",
                "",
                items.subList(
                    Math.min(PER_SLOT, items.size()), Math.min(2 * PER_SLOT, items.size()))));
    return EmailContext.of(customer, campaign, messageId, slots);
  }
}
