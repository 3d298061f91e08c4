package dev.tailor.render;

import dev.tailor.core.catalog.Product;
import dev.tailor.render.links.Utm;
import dev.tailor.render.model.SlotItem;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.AbstractMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One product of a slot as the template sees it ({@code item.title}, {@code item.url}, ...): a
 * fixed set of keys whose values are escaped and tagged only when a template reads them, so an
 * email pays for the fields its template uses (a starter template reads 6 of the 15). Values are
 * HTML-escaped like the rest of the model. One per item and render; not thread-safe.
 */
final class ItemFields extends AbstractMap<String, Object> {
  private static final String[] KEYS = {
    "id",
    "title",
    "url",
    "image_url",
    "price",
    "currency",
    "category",
    "brand",
    "score",
    "algorithm",
    "position",
    "slot",
    "explanation",
    "fallback",
    "bought_this_week"
  };

  private final SlotItem item;
  private final String slot;
  private final int position;
  private final String campaignId;
  private final String baseUrl;
  private final Object[] values = new Object[KEYS.length];

  ItemFields(SlotItem item, String slot, int position, String campaignId, String baseUrl) {
    this.item = item;
    this.slot = slot;
    this.position = position;
    this.campaignId = campaignId;
    this.baseUrl = baseUrl;
  }

  @Override
  public Object get(Object key) {
    int i = index(key);
    if (i < 0) {
      return null;
    }
    Object v = values[i];
    if (v == null) {
      v = value(i);
      values[i] = v;
    }
    return v;
  }

  @Override
  public boolean containsKey(Object key) {
    return index(key) >= 0;
  }

  @Override
  public int size() {
    return KEYS.length;
  }

  @Override
  public Set<Entry<String, Object>> entrySet() {
    Map<String, Object> all = new LinkedHashMap<>();
    for (String k : KEYS) {
      all.put(k, get(k));
    }
    return all.entrySet();
  }

  private static int index(Object key) {
    if (!(key instanceof String k)) {
      return -1;
    }
    return switch (k) {
      case "id" -> 0;
      case "title" -> 1;
      case "url" -> 2;
      case "image_url" -> 3;
      case "price" -> 4;
      case "currency" -> 5;
      case "category" -> 6;
      case "brand" -> 7;
      case "score" -> 8;
      case "algorithm" -> 9;
      case "position" -> 10;
      case "slot" -> 11;
      case "explanation" -> 12;
      case "fallback" -> 13;
      case "bought_this_week" -> 14;
      default -> -1;
    };
  }

  private Object value(int i) {
    Product p = item.product();
    return switch (i) {
      case 0 -> RecipientModel.esc(p.id());
      case 1 -> RecipientModel.esc(p.title().orElse(p.id()));
      case 2 ->
          RecipientModel.esc(
              Utm.tag(p.url().orElseGet(() -> baseUrl + "/"), campaignId, slot + "-" + p.id()));
      case 3 -> RecipientModel.esc(p.imageUrl().orElse(""));
      case 4 -> p.price().map(ItemFields::money).orElse("");
      case 5 -> RecipientModel.esc(p.currency().orElse(""));
      case 6 -> RecipientModel.esc(leaf(p.category()));
      case 7 -> RecipientModel.esc(p.brand().orElse(""));
      case 8 -> item.score();
      case 9 -> RecipientModel.esc(item.algorithm());
      case 10 -> position;
      case 11 -> slot;
      case 12 -> RecipientModel.esc(item.explanation());
      case 13 -> RecipientModel.esc(item.decision().flatMap(d -> d.fallback()).orElse(""));
      default -> RecipientModel.esc(p.attributes().getOrDefault("bought_this_week", ""));
    };
  }

  private static String leaf(List<String> category) {
    return category.isEmpty() ? "" : category.get(category.size() - 1);
  }

  private static String money(BigDecimal v) {
    return v.setScale(2, RoundingMode.HALF_UP).toPlainString();
  }
}
