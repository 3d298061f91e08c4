package dev.tailor.render.decision;

import dev.tailor.core.ErrorCode;
import dev.tailor.core.TailorException;
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
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Turns a strategy's {@link Decision} for one recipient into the {@link EmailContext} templates
 * render: one call, {@link #toEmailContext}.
 *
 * <ul>
 *   <li>Each {@code product} slot becomes {@code slots.<slot id>} in the decision's order, its
 *       items in the decision's order, each carrying its {@link DecisionItem} (algorithm,
 *       explanation, rules, fallback, propensity). The slot's label is the decision's label; its
 *       explanation is the items' explanation when they all share one, else empty (each item still
 *       has {@code item.explanation}).
 *   <li>Each {@code content} slot becomes {@code blocks.<slot id>} from its first item: title, the
 *       item's {@code body} (else {@code summary}, else {@code description}) attribute, url, image
 *       and the {@code cta} attribute (else "Read more").
 *   <li>Slot ids are made template-safe: lower case, anything but {@code a-z 0-9 _} becomes {@code
 *       _} ({@code new-in} → {@code new_in}).
 *   <li>An item whose product is not in {@code products} (deleted since the decision) is left out;
 *       an empty slot stays in the context with no items and the templates hide it with its
 *       heading. Fallback items (a new customer's bestsellers) render like any other.
 * </ul>
 */
public final class DecisionAdapter {
  private DecisionAdapter() {}

  /**
   * The render input for one recipient.
   *
   * @param decision the strategy's decision for this recipient
   * @param customer the recipient; its id must be the decision's customer id
   * @param products the catalog (at least every product and content item the decision names), by id
   * @param campaignId the campaign ({@code utm_campaign}, tracking links)
   * @param messageId this recipient's message id (signed into every tracking link)
   * @return a context with subject variant 0, no extra values and only the decision's blocks; add
   *     more with {@link EmailContext#withSubjectVariant}, {@link EmailContext#withExtra} and
   *     {@link EmailContext#withBlocks}
   * @throws TailorException ({@code BAD_INPUT}) when the customer is not the decision's
   */
  public static EmailContext toEmailContext(
      Decision decision,
      Customer customer,
      Map<String, Product> products,
      String campaignId,
      String messageId) {
    Objects.requireNonNull(decision, "decision");
    Objects.requireNonNull(customer, "customer");
    Objects.requireNonNull(products, "products");
    if (!customer.id().equals(decision.customerId())) {
      throw new TailorException(
          ErrorCode.BAD_INPUT,
          "the decision is for customer " + decision.customerId() + ", not for " + customer.id());
    }
    Map<String, Slot> slots = new LinkedHashMap<>();
    Map<String, ContentBlock> blocks = new LinkedHashMap<>();
    for (SlotDecision s : decision.slots()) {
      if (s.kind().equals("content")) {
        String name = unique(templateName(s.slot()), blocks);
        firstProduct(s, products).ifPresent(p -> blocks.put(name, block(name, p)));
      } else {
        String name = unique(templateName(s.slot()), slots);
        slots.put(name, slot(name, s, products));
      }
    }
    return new EmailContext(customer, campaignId, messageId, slots, blocks, 0, Map.of());
  }

  private static Slot slot(String name, SlotDecision s, Map<String, Product> products) {
    List<SlotItem> items = new ArrayList<>(s.items().size());
    for (DecisionItem i : s.items()) {
      Product p = products.get(i.productId());
      if (p != null) {
        items.add(new SlotItem(p, i.score(), i.algorithm(), Optional.of(i)));
      }
    }
    return new Slot(name, s.label(), sharedExplanation(items), items);
  }

  private static String sharedExplanation(List<SlotItem> items) {
    String shared = null;
    for (SlotItem i : items) {
      if (shared == null) {
        shared = i.explanation();
      } else if (!shared.equals(i.explanation())) {
        return "";
      }
    }
    return shared == null ? "" : shared;
  }

  private static Optional<Product> firstProduct(SlotDecision s, Map<String, Product> products) {
    return s.items().stream()
        .map(i -> products.get(i.productId()))
        .filter(Objects::nonNull)
        .findFirst();
  }

  private static ContentBlock block(String name, Product p) {
    Map<String, String> a = p.attributes();
    String body =
        a.getOrDefault("body", a.getOrDefault("summary", a.getOrDefault("description", "")));
    return new ContentBlock(
        name,
        p.title().orElse(""),
        body,
        p.url().orElse(""),
        p.imageUrl().orElse(""),
        a.getOrDefault("cta", "Read more"));
  }

  /** A strategy's slot id as a template variable name: {@code New-In} → {@code new_in}. */
  static String templateName(String slotId) {
    String s = slotId.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
    return s.isEmpty() || !Character.isLetter(s.charAt(0)) ? "slot_" + s : s;
  }

  private static String unique(String name, Map<String, ?> taken) {
    String n = name;
    for (int k = 2; taken.containsKey(n); k++) {
      n = name + "_" + k;
    }
    return n;
  }
}
