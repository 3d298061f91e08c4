package dev.tailor.strategy.items;

import dev.tailor.core.catalog.Product;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The catalog numbered {@code 0..size-1}, with what decisions read about every item over and over
 * as plain arrays: category path id, price, availability, brand. Immutable and thread-safe once
 * built; products keep the order of the collection they were built from.
 */
public final class ItemTable {
  /** No category path, no brand, no price window bound. */
  public static final int NONE = -1;

  private final Product[] products;
  private final Map<String, Integer> index;
  private final int[] path;
  private final List<String> paths = new ArrayList<>();
  private final Map<String, Integer> pathIds = new HashMap<>();
  private final double[] price;
  private final int[] brandKey;
  private final byte[] availability;
  private final Instant[] from;
  private final Instant[] to;

  private static final byte ALWAYS = 0;
  private static final byte NEVER = 1;
  private static final byte WINDOW = 2;

  public ItemTable(Collection<Product> catalog) {
    int n = catalog.size();
    products = catalog.toArray(new Product[0]);
    index = new HashMap<>(n * 2);
    path = new int[n];
    price = new double[n];
    brandKey = new int[n];
    availability = new byte[n];
    from = new Instant[n];
    to = new Instant[n];
    Map<String, Integer> brands = new HashMap<>();
    for (int i = 0; i < n; i++) {
      Product p = products[i];
      index.put(p.id(), i);
      path[i] = p.category().isEmpty() ? NONE : pathId(p.categoryPath(), true);
      price[i] = p.price().isPresent() ? p.price().get().doubleValue() : Double.NaN;
      brandKey[i] =
          p.brand()
              .map(b -> brands.computeIfAbsent(b.toLowerCase(Locale.ROOT), k -> brands.size()))
              .orElse(NONE);
      from[i] = p.availableFrom().orElse(null);
      to[i] = p.availableTo().orElse(null);
      availability[i] = !p.published() ? NEVER : from[i] == null && to[i] == null ? ALWAYS : WINDOW;
    }
  }

  private int pathId(String categoryPath, boolean add) {
    Integer id = pathIds.get(categoryPath);
    if (id == null && add) {
      id = paths.size();
      paths.add(categoryPath);
      pathIds.put(categoryPath, id);
    }
    return id == null ? NONE : id;
  }

  public int size() {
    return products.length;
  }

  public Product product(int item) {
    return products[item];
  }

  /** The item number of {@code productId}, or {@link #NONE}. */
  public int indexOf(String productId) {
    Integer i = index.get(productId);
    return i == null ? NONE : i;
  }

  /** The id of a category path ({@code "A > B"}), or {@link #NONE} when no item has it. */
  public int pathIdOf(String categoryPath) {
    return pathId(categoryPath, false);
  }

  /** How many distinct category paths the catalog has. */
  public int paths() {
    return paths.size();
  }

  /** The item's category path id, or {@link #NONE} when it has no category. */
  public int path(int item) {
    return path[item];
  }

  /** The category path with this id. */
  public String pathName(int pathId) {
    return paths.get(pathId);
  }

  /** The item's price, or NaN when it has none. */
  public double price(int item) {
    return price[item];
  }

  /** The item's brand in lower case as an id, or {@link #NONE}. */
  public int brandKey(int item) {
    return brandKey[item];
  }

  /** As {@link Product#availableAt}. */
  public boolean availableAt(int item, Instant now) {
    byte a = availability[item];
    if (a == ALWAYS) {
      return true;
    }
    if (a == NEVER) {
      return false;
    }
    return (from[item] == null || !now.isBefore(from[item]))
        && (to[item] == null || !now.isAfter(to[item]));
  }
}
