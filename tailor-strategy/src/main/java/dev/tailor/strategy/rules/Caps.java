package dev.tailor.strategy.rules;

import dev.tailor.core.catalog.Product;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Counts a slot's items per brand and category and refuses one over the cap. */
public final class Caps {
  private final Optional<Integer> perBrand;
  private final Optional<Integer> perCategory;
  private final Map<String, Integer> brands = new HashMap<>();
  private final Map<String, Integer> categories = new HashMap<>();
  private final Map<String, String> lowered = new HashMap<>();

  public Caps(Optional<Integer> perBrand, Optional<Integer> perCategory) {
    this.perBrand = perBrand;
    this.perCategory = perCategory;
  }

  /** True when one more item of {@code p}'s brand and category stays within the caps. */
  public boolean allows(Product p) {
    if (perBrand.isPresent()
        && p.brand().isPresent()
        && !(brands.isEmpty() && perBrand.get() > 0)
        && brands.getOrDefault(key(p.brand().get()), 0) >= perBrand.get()) {
      return false;
    }
    return perCategory.isEmpty()
        || p.category().isEmpty()
        || (categories.isEmpty() && perCategory.get() > 0)
        || categories.getOrDefault(p.categoryPath(), 0) < perCategory.get();
  }

  public void add(Product p) {
    p.brand().ifPresent(b -> brands.merge(key(b), 1, Integer::sum));
    if (!p.category().isEmpty()) {
      categories.merge(p.categoryPath(), 1, Integer::sum);
    }
  }

  /** The brand in lower case, computed once per brand and slot (checked for every candidate). */
  private String key(String brand) {
    return lowered.computeIfAbsent(brand, b -> b.toLowerCase(java.util.Locale.ROOT));
  }
}
