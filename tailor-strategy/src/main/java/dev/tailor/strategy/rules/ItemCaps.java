package dev.tailor.strategy.rules;

import dev.tailor.strategy.items.ItemTable;
import java.util.Optional;

/**
 * {@link Caps} over item numbers: counts a slot's items per brand (case-insensitive) and category
 * path and refuses one over the cap. A slot holds few items, so the counts are short arrays.
 */
public final class ItemCaps {
  private final ItemTable table;
  private final int perBrand;
  private final int perCategory;
  private int[] brands = new int[8];
  private int[] categories = new int[8];
  private int[] brandIds = new int[8];
  private int[] categoryIds = new int[8];
  private int brandCount;
  private int categoryCount;

  public ItemCaps(ItemTable table, Optional<Integer> perBrand, Optional<Integer> perCategory) {
    this.table = table;
    this.perBrand = perBrand.orElse(-1);
    this.perCategory = perCategory.orElse(-1);
  }

  /** True when one more item of {@code item}'s brand and category stays within the caps. */
  public boolean allows(int item) {
    int brand = table.brandKey(item);
    if (perBrand >= 0
        && brand != ItemTable.NONE
        && !(brandCount == 0 && perBrand > 0)
        && count(brandIds, brands, brandCount, brand) >= perBrand) {
      return false;
    }
    int path = table.path(item);
    return perCategory < 0
        || path == ItemTable.NONE
        || (categoryCount == 0 && perCategory > 0)
        || count(categoryIds, categories, categoryCount, path) < perCategory;
  }

  public void add(int item) {
    int brand = table.brandKey(item);
    if (brand != ItemTable.NONE) {
      brandCount = bump(brand, true);
    }
    int path = table.path(item);
    if (path != ItemTable.NONE) {
      categoryCount = bump(path, false);
    }
  }

  private static int count(int[] ids, int[] counts, int n, int id) {
    for (int k = 0; k < n; k++) {
      if (ids[k] == id) {
        return counts[k];
      }
    }
    return 0;
  }

  private int bump(int id, boolean brand) {
    int[] ids = brand ? brandIds : categoryIds;
    int[] counts = brand ? brands : categories;
    int n = brand ? brandCount : categoryCount;
    for (int k = 0; k < n; k++) {
      if (ids[k] == id) {
        counts[k]++;
        return n;
      }
    }
    if (n == ids.length) {
      ids = java.util.Arrays.copyOf(ids, 2 * n);
      counts = java.util.Arrays.copyOf(counts, 2 * n);
      if (brand) {
        brandIds = ids;
        brands = counts;
      } else {
        categoryIds = ids;
        categories = counts;
      }
    }
    ids[n] = id;
    counts[n] = 1;
    return n + 1;
  }
}
