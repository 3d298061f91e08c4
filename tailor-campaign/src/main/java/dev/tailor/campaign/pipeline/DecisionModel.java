package dev.tailor.campaign.pipeline;

import dev.tailor.core.catalog.Product;
import dev.tailor.core.customer.Customer;
import dev.tailor.core.decision.Decision;
import dev.tailor.core.decision.DecisionItem;
import dev.tailor.core.decision.SlotDecision;
import dev.tailor.render.model.ContentBlock;
import dev.tailor.render.model.EmailContext;
import dev.tailor.render.model.Slot;
import dev.tailor.render.model.SlotItem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a decision into the render model: each product slot becomes {@code slots.SLOT} (label, the
 * first item's explanation, the products still in the catalog), each content slot's first item
 * becomes {@code blocks.SLOT}. The one place the pipeline adapts decisions for rendering.
 */
final class DecisionModel {
  private DecisionModel() {}

  static EmailContext context(
      Customer customer,
      Decision d,
      Map<String, Product> catalog,
      String campaignId,
      String messageId,
      int subjectIndex) {
    Map<String, Slot> slots = new LinkedHashMap<>();
    Map<String, ContentBlock> blocks = new LinkedHashMap<>();
    for (SlotDecision s : d.slots()) {
      String name = s.slot().replace('-', '_');
      if ("content".equals(s.kind())) {
        s.items().stream()
            .map(i -> catalog.get(i.productId()))
            .filter(p -> p != null)
            .findFirst()
            .ifPresent(
                p ->
                    blocks.put(
                        name,
                        new ContentBlock(
                            name,
                            p.title().orElse(""),
                            p.attributes().getOrDefault("body", ""),
                            p.url().orElse(""),
                            p.imageUrl().orElse(""),
                            p.attributes().getOrDefault("cta", ""))));
        continue;
      }
      List<SlotItem> items = new ArrayList<>();
      for (DecisionItem i : s.items()) {
        Product p = catalog.get(i.productId());
        if (p != null) {
          items.add(new SlotItem(p, i.score(), i.algorithm()));
        }
      }
      String why = s.items().isEmpty() ? "" : s.items().get(0).explanation();
      if (name.matches("[a-z][a-z0-9_]*")) {
        slots.put(name, new Slot(name, s.label(), why, items));
      }
    }
    return new EmailContext(customer, campaignId, messageId, slots, blocks, subjectIndex, Map.of());
  }
}
