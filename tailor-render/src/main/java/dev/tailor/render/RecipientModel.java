package dev.tailor.render;

import dev.tailor.core.catalog.Product;
import dev.tailor.core.customer.Customer;
import dev.tailor.render.links.TrackingLinks;
import dev.tailor.render.links.Utm;
import dev.tailor.render.model.ContentBlock;
import dev.tailor.render.model.EmailContext;
import dev.tailor.render.model.RenderConfig;
import dev.tailor.render.model.Slot;
import dev.tailor.render.model.SlotItem;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds the Liquid model of one recipient. Every string is HTML-escaped here, once, so a product
 * titled {@code <script>} renders as text whatever the template does; every key a template may read
 * is present (empty when unknown) so {@code default:} filters apply. The README lists the
 * variables.
 */
public final class RecipientModel {
  private RecipientModel() {}

  public static Map<String, Object> build(
      EmailContext ctx, RenderConfig config, TrackingLinks links) {
    Map<String, Object> m = new HashMap<>();
    m.put("customer", customer(ctx.customer()));
    Map<String, Object> slots = new LinkedHashMap<>();
    for (Slot s : ctx.slots().values()) {
      slots.put(s.name(), slot(s, ctx, config));
    }
    m.put("slots", slots);
    Map<String, Object> blocks = new HashMap<>();
    ctx.blocks().values().forEach(b -> blocks.put(b.name(), block(b, ctx)));
    String preferred = preferredCategory(ctx);
    ContentBlock hero = ctx.blocks().get("hero-" + slug(preferred));
    if (hero != null) {
      blocks.put("hero", block(hero, ctx));
    }
    m.put("blocks", blocks);
    m.put("campaign", Map.of("id", esc(ctx.campaignId())));
    m.put("message", Map.of("id", esc(ctx.messageId())));
    m.put(
        "links",
        Map.of(
            "unsubscribe", esc(links.unsubscribe(ctx.messageId())),
            "feedback_up", esc(links.feedback(ctx.messageId(), true)),
            "feedback_down", esc(links.feedback(ctx.messageId(), false)),
            "shop", esc(config.baseUrl())));
    m.put(
        "sender",
        Map.of(
            "address", esc(config.senderAddress()), "postal_address", esc(config.postalAddress())));
    Map<String, Object> extra = new HashMap<>();
    ctx.extra().forEach((k, v) -> extra.put(k, esc(v)));
    m.put("extra", extra);
    m.put("preferred_category", esc(preferred));
    return m;
  }

  private static Map<String, Object> customer(Customer c) {
    Map<String, Object> m = new HashMap<>();
    m.put("id", esc(c.id()));
    m.put("first_name", esc(c.firstName().orElse("")));
    m.put("last_name", esc(c.lastName().orElse("")));
    m.put("email", esc(c.email().orElse("")));
    m.put("country", esc(c.country().orElse("")));
    Map<String, Object> attrs = new HashMap<>();
    c.attributes().forEach((k, v) -> attrs.put(k, esc(v)));
    m.put("attributes", attrs);
    return m;
  }

  private static Map<String, Object> slot(Slot s, EmailContext ctx, RenderConfig config) {
    List<Object> items = new ArrayList<>();
    int position = 1;
    for (SlotItem i : s.items()) {
      items.add(item(i, s.name(), position++, ctx, config));
    }
    Map<String, Object> m = new HashMap<>();
    m.put("name", s.name());
    m.put("label", esc(s.label()));
    m.put("explanation", esc(s.explanation()));
    m.put("items", items);
    m.put("count", items.size());
    return m;
  }

  private static Map<String, Object> item(
      SlotItem i, String slot, int position, EmailContext ctx, RenderConfig config) {
    Product p = i.product();
    Map<String, Object> m = new HashMap<>();
    m.put("id", esc(p.id()));
    m.put("title", esc(p.title().orElse(p.id())));
    String url = p.url().orElse(config.baseUrl() + "/");
    m.put("url", esc(Utm.tag(url, ctx.campaignId(), slot + "-" + p.id())));
    m.put("image_url", esc(p.imageUrl().orElse("")));
    m.put("price", p.price().map(RecipientModel::money).orElse(""));
    m.put("currency", esc(p.currency().orElse("")));
    m.put("category", esc(p.category().isEmpty() ? "" : p.category().get(p.category().size() - 1)));
    m.put("brand", esc(p.brand().orElse("")));
    m.put("score", i.score());
    m.put("algorithm", esc(i.algorithm()));
    m.put("position", position);
    m.put("slot", slot);
    m.put("explanation", esc(i.explanation()));
    m.put("fallback", esc(i.decision().flatMap(d -> d.fallback()).orElse("")));
    m.put("bought_this_week", esc(p.attributes().getOrDefault("bought_this_week", "")));
    return m;
  }

  private static Map<String, Object> block(ContentBlock b, EmailContext ctx) {
    Map<String, Object> m = new HashMap<>();
    m.put("title", esc(b.title()));
    m.put("body", esc(b.body()));
    m.put("url", esc(b.url().isEmpty() ? "" : Utm.tag(b.url(), ctx.campaignId(), b.name())));
    m.put("image_url", esc(b.imageUrl()));
    m.put("cta", esc(b.cta()));
    return m;
  }

  /** The most frequent leaf category among the slots' items, or empty. */
  private static String preferredCategory(EmailContext ctx) {
    Optional<String> attr =
        Optional.ofNullable(ctx.customer().attributes().get("preferred_category"));
    if (attr.isPresent()) {
      return attr.get();
    }
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (Slot s : ctx.slots().values()) {
      for (SlotItem i : s.items()) {
        List<String> c = i.product().category();
        if (!c.isEmpty()) {
          counts.merge(c.get(c.size() - 1), 1, Integer::sum);
        }
      }
    }
    return counts.entrySet().stream()
        .max(Map.Entry.comparingByValue())
        .map(Map.Entry::getKey)
        .orElse("");
  }

  /** {@code Running Shoes} → {@code running-shoes}. */
  static String slug(String s) {
    return s.strip().toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-");
  }

  private static String money(BigDecimal v) {
    return v.setScale(2, RoundingMode.HALF_UP).toPlainString();
  }

  /** HTML-escapes text for element content and double-quoted attributes. */
  static String esc(String s) {
    int n = s.length();
    StringBuilder sb = null;
    int from = 0;
    for (int i = 0; i < n; i++) {
      String r =
          switch (s.charAt(i)) {
            case '&' -> "&amp;";
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '"' -> "&quot;";
            case '\'' -> "&#39;";
            default -> null;
          };
      if (r != null) {
        if (sb == null) {
          sb = new StringBuilder(n + 16);
        }
        sb.append(s, from, i).append(r);
        from = i + 1;
      }
    }
    return sb == null ? s : sb.append(s, from, n).toString();
  }
}
