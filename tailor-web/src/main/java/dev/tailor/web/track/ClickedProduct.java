package dev.tailor.web.track;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tailor.core.campaign.Message;
import dev.tailor.core.catalog.Product;
import dev.tailor.core.catalog.ProductRepository;
import dev.tailor.web.server.Json;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Which recommended product (and slot) a click target is: the message's stored decision names the
 * products shown; the one whose page URL equals the target, UTM parameters aside, was clicked.
 */
final class ClickedProduct {
  /** A slot and the product in it. */
  record Hit(String slot, String productId) {}

  private final ProductRepository products;

  ClickedProduct(ProductRepository products) {
    this.products = products;
  }

  /** The products of a message's decision by their page URL (without UTM parameters). */
  Map<String, Hit> links(Message message) {
    if (message.decision().isEmpty()) {
      return Map.of();
    }
    Map<String, String> slotOf = new LinkedHashMap<>();
    try {
      JsonNode root = Json.mapper().readTree(message.decision().get());
      for (JsonNode s : root.path("slots")) {
        for (JsonNode i : s.path("items")) {
          String product = i.path("product_id").asText("");
          if (!product.isEmpty()) {
            slotOf.putIfAbsent(product, s.path("slot").asText(""));
          }
        }
      }
    } catch (IOException e) {
      return Map.of();
    }
    if (slotOf.isEmpty()) {
      return Map.of();
    }
    Map<String, Hit> byUrl = new HashMap<>();
    for (Product p : products.findAllById(new ArrayList<>(slotOf.keySet()))) {
      p.url().ifPresent(u -> byUrl.putIfAbsent(withoutUtm(u), new Hit(slotOf.get(p.id()), p.id())));
    }
    return Map.copyOf(byUrl);
  }

  /** The product a click target shows, among a message's {@link #links}. */
  static Optional<Hit> find(Map<String, Hit> links, String target) {
    return links.isEmpty() ? Optional.empty() : Optional.ofNullable(links.get(withoutUtm(target)));
  }

  /** The URL without its fragment and without {@code utm_*} query parameters. */
  static String withoutUtm(String url) {
    int hash = url.indexOf('#');
    String base = hash < 0 ? url : url.substring(0, hash);
    int q = base.indexOf('?');
    if (q < 0) {
      return base;
    }
    StringBuilder sb = new StringBuilder(base.substring(0, q));
    char sep = '?';
    for (String param : base.substring(q + 1).split("&")) {
      if (param.isEmpty() || param.startsWith("utm_")) {
        continue;
      }
      sb.append(sep).append(param);
      sep = '&';
    }
    return sb.toString();
  }
}
