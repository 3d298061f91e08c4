package dev.tailor.render;

import dev.tailor.core.customer.Customer;
import dev.tailor.render.links.TrackingLinks;
import dev.tailor.render.links.Utm;
import dev.tailor.render.model.ContentBlock;
import dev.tailor.render.model.EmailContext;
import dev.tailor.render.model.RenderConfig;
import dev.tailor.render.model.Slot;
import dev.tailor.render.model.SlotItem;
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
  private static final java.util.regex.Pattern NOT_SLUG =
      java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+");

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
    // a customer's hero block is looked up only when the email has blocks at all
    ContentBlock hero = ctx.blocks().isEmpty() ? null : ctx.blocks().get("hero-" + slug(preferred));
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
            "view_in_browser", esc(links.viewInBrowser(ctx.messageId())),
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
      items.add(new ItemFields(i, s.name(), position++, ctx.campaignId(), config.baseUrl()));
    }
    Map<String, Object> m = new HashMap<>();
    m.put("name", s.name());
    m.put("label", esc(s.label()));
    m.put("explanation", esc(s.explanation()));
    m.put("items", items);
    m.put("count", items.size());
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
    return NOT_SLUG.matcher(s.strip().toLowerCase(java.util.Locale.ROOT)).replaceAll("-");
  }

  /** HTML-escapes text for element content and double-quoted attributes. */
  static String esc(String s) {
    int n = s.length();
    int i = 0;
    while (i < n && !needsEscape(s.charAt(i))) {
      i++;
    }
    if (i == n) {
      return s;
    }
    // the runs between the characters to escape are copied whole (a URL has a few '&' in ~130)
    StringBuilder sb = new StringBuilder(n + 16);
    int from = 0;
    for (; i < n; i++) {
      char c = s.charAt(i);
      if (needsEscape(c)) {
        sb.append(s, from, i);
        switch (c) {
          case '&' -> sb.append("&amp;");
          case '<' -> sb.append("&lt;");
          case '>' -> sb.append("&gt;");
          case '"' -> sb.append("&quot;");
          default -> sb.append("&#39;");
        }
        from = i + 1;
      }
    }
    return sb.append(s, from, n).toString();
  }

  private static boolean needsEscape(char c) {
    return c <= '>' && (c == '&' || c == '<' || c == '>' || c == '"' || c == '\'');
  }
}
