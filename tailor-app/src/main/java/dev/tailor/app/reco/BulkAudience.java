package dev.tailor.app.reco;

import dev.tailor.core.event.EventType;
import dev.tailor.core.store.Store;
import dev.tailor.reco.batch.Exclusions;
import dev.tailor.reco.data.IdIndex;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who a bulk export of a factor model writes lists for, and what each must not get: the model's
 * customers first (in its order, so its customer index is the row), then the store's customers the
 * model does not know; products are the model's, then others that were bought or that the fallback
 * ranks. Exclusions are every product a customer ever bought (whole history, not the training
 * window), as sorted rows over that customer order. Memory: the ids, a map from id to row for the
 * extra customers, and 12 bytes per distinct purchase while reading.
 */
final class BulkAudience {
  private final IdIndex users;
  private final List<String> extra;
  private final List<String> otherProducts = new ArrayList<>();
  private final Map<String, Integer> otherIndex = new HashMap<>();
  private final IdIndex items;
  private Exclusions exclusions = Exclusions.none();
  private long purchases;

  private BulkAudience(IdIndex users, List<String> extra, IdIndex items) {
    this.users = users;
    this.extra = extra;
    this.items = items;
  }

  /**
   * The model's customers plus the store's others; with {@code excludePurchased}, every product
   * each of them bought.
   */
  static BulkAudience read(Store store, IdIndex users, IdIndex items, boolean excludePurchased) {
    List<String> extra = new ArrayList<>();
    store
        .customers()
        .forEach(
            c -> {
              if (users.indexOf(c.id()) < 0) {
                extra.add(c.id());
              }
            });
    BulkAudience a = new BulkAudience(users, extra, items);
    if (excludePurchased) {
      a.readPurchases(store);
    }
    return a;
  }

  private void readPurchases(Store store) {
    Map<String, Integer> extraRow = new HashMap<>(extra.size() * 2);
    for (int k = 0; k < extra.size(); k++) {
      extraRow.put(extra.get(k), users.size() + k);
    }
    long[][] pairs = {new long[1 << 16]};
    int[] size = {0};
    store
        .events()
        .scanTypes(
            Set.of(EventType.ORDER_COMPLETED),
            e -> {
              if (e.customerId().isEmpty() || e.productId().isEmpty()) {
                return;
              }
              String id = e.customerId().get();
              int row = users.indexOf(id);
              if (row < 0) {
                row = extraRow.getOrDefault(id, -1);
              }
              if (row < 0) {
                return; // neither in the model nor in the store's customers: gets no list
              }
              int product = product(e.productId().get());
              if (size[0] == pairs[0].length) {
                pairs[0] = Arrays.copyOf(pairs[0], pairs[0].length * 2);
              }
              pairs[0][size[0]++] = ((long) row << 32) | product;
            });
    long[] p = pairs[0];
    int n = size[0];
    Arrays.sort(p, 0, n);
    int[] start = new int[customers() + 1];
    int[] rows = new int[n];
    int distinct = 0;
    for (int k = 0; k < n; k++) {
      if (k == 0 || p[k] != p[k - 1]) {
        start[(int) (p[k] >>> 32) + 1]++;
        rows[distinct++] = (int) p[k];
      }
    }
    for (int c = 0; c < customers(); c++) {
      start[c + 1] += start[c];
    }
    purchases = distinct;
    exclusions = Exclusions.ofRows(start, Arrays.copyOf(rows, distinct));
  }

  /** The product's index: the model's, or one after the model's products for others. */
  int product(String id) {
    int i = items.indexOf(id);
    if (i >= 0) {
      return i;
    }
    Integer known = otherIndex.get(id);
    if (known != null) {
      return known;
    }
    int added = items.size() + otherProducts.size();
    otherProducts.add(id);
    otherIndex.put(id, added);
    return added;
  }

  /** The id of product index {@code i} (see {@link #product}). */
  String productId(int i) {
    return i < items.size() ? items.idOf(i) : otherProducts.get(i - items.size());
  }

  /** Product indexes handed out so far. */
  int products() {
    return items.size() + otherProducts.size();
  }

  /** The model's customers, then the others. */
  int customers() {
    return users.size() + extra.size();
  }

  /** The model's customers (rows {@code 0..modelCustomers-1}). */
  int modelCustomers() {
    return users.size();
  }

  String customerId(int row) {
    return row < users.size() ? users.idOf(row) : extra.get(row - users.size());
  }

  Exclusions exclusions() {
    return exclusions;
  }

  /** Distinct (customer, product) purchases excluded. */
  long purchases() {
    return purchases;
  }
}
