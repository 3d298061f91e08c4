package dev.tailor.web.track;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tailor.core.campaign.Message;
import dev.tailor.core.catalog.Product;
import dev.tailor.core.catalog.ProductRepository;
import dev.tailor.web.server.Json;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
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

  Optional<Hit> find(Message message, String target) {
    if (message.decision().isEmpty()) {
      return Optional.empty();
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
      return Optional.empty();
    }
    if (slotOf.isEmpty()) {
      return Optional.empty();
    }
    String wanted = withoutUtm(target);
    List<Product> shown = products.findAllById(new ArrayList<>(slotOf.keySet()));
    for (Product p : shown) {
      if (p.url().isPresent() && withoutUtm(p.url().get()).equals(wanted)) {
        return Optional.of(new Hit(slotOf.get(p.id()), p.id()));
      }
    }
    return Optional.empty();
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
