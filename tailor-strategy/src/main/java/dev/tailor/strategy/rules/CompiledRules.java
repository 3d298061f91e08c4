package dev.tailor.strategy.rules;

import dev.tailor.core.catalog.Product;
import dev.tailor.strategy.items.ItemTable;
import java.time.Instant;
import java.util.function.Predicate;

/**
 * A slot's hard rules over an {@link ItemTable}, with the parts that depend only on the item and
 * the day (type, stock, inventory, margin, categories, brands, tags, seasons) evaluated once per
 * item. {@link Bound#check} gives exactly what {@link RuleSet.Bound#check} gives, in the same
 * order, preceded by the slot's type and the decision's duplicates: wrong type, duplicate,
 * unavailable, stock, price band, purchased, emailed, selection. Immutable and thread-safe.
 */
public final class CompiledRules {
  private static final Rejection[] REJECTIONS = Rejection.values();

  private final ItemTable table;
  private final boolean[] wrongType;
  private final byte[] stock;
  private final byte[] selection;

  /**
   * @param rules the slot's rules at a time of the day the compiled rules serve (seasons)
   * @param table the catalog
   * @param rightType which items the slot may show at all
   */
  public CompiledRules(RuleSet rules, ItemTable table, Predicate<Product> rightType) {
    this.table = table;
    int n = table.size();
    wrongType = new boolean[n];
    stock = new byte[n];
    selection = new byte[n];
    for (int i = 0; i < n; i++) {
      Product p = table.product(i);
      wrongType[i] = !rightType.test(p);
      stock[i] = code(rules.stockOf(p));
      selection[i] = code(rules.selection(p));
    }
  }

  private static byte code(Rejection r) {
    return (byte) (r == null ? 0 : r.ordinal() + 1);
  }

  /**
   * The rule that rejects {@code item} for every customer this day (wrong type, stock or inventory,
   * the slot's selection), or null when only customer rules, availability and duplicates can still
   * reject it.
   */
  public Rejection staticRejection(int item) {
    if (wrongType[item]) {
      return Rejection.WRONG_TYPE;
    }
    if (stock[item] != 0) {
      return REJECTIONS[stock[item] - 1];
    }
    return selection[item] == 0 ? null : REJECTIONS[selection[item] - 1];
  }

  /** The rules for one customer at one decision time. */
  public Bound bind(RuleSet.Bound bound, Marks marks) {
    RuleSet rules = bound.rules();
    Instant now = rules.now();
    double[] band = bound.band();
    return new Bound(
        marks,
        now,
        bound.priced(),
        band[0],
        band[1],
        rules.spec().excludePurchased().map(now::minus).orElse(null),
        rules.spec().excludeEmailed().map(now::minus).orElse(null));
  }

  /** The compiled rules bound to one customer. */
  public final class Bound {
    private final Marks marks;
    private final Instant now;
    private final boolean priced;
    private final double lo;
    private final double hi;
    private final Instant boughtSince;
    private final Instant emailedSince;

    private Bound(
        Marks marks,
        Instant now,
        boolean priced,
        double lo,
        double hi,
        Instant boughtSince,
        Instant emailedSince) {
      this.marks = marks;
      this.now = now;
      this.priced = priced;
      this.lo = lo;
      this.hi = hi;
      this.boughtSince = boughtSince;
      this.emailedSince = emailedSince;
    }

    /** True when the price band applies ({@link #lo} to {@link #hi}, both inclusive). */
    public boolean priced() {
      return priced;
    }

    public double lo() {
      return lo;
    }

    public double hi() {
      return hi;
    }

    /** The first rule {@code item} breaks, or null when it may be shown. */
    public Rejection check(int item) {
      if (wrongType[item]) {
        return Rejection.WRONG_TYPE;
      }
      if (marks.used(item)) {
        return Rejection.DUPLICATE;
      }
      if (!table.availableAt(item, now)) {
        return Rejection.UNAVAILABLE;
      }
      if (stock[item] != 0) {
        return REJECTIONS[stock[item] - 1];
      }
      if (priced) {
        double price = table.price(item);
        if (Double.isNaN(price)) {
          price = -1.0;
        }
        if (price < lo || price > hi) {
          return Rejection.PRICE_BAND;
        }
      }
      if (boughtSince != null) {
        Instant at = marks.boughtAt(item);
        if (at != null && !at.isBefore(boughtSince)) {
          return Rejection.PURCHASED;
        }
      }
      if (emailedSince != null) {
        Instant at = marks.shownAt(item);
        if (at != null && !at.isBefore(emailedSince)) {
          return Rejection.EMAILED;
        }
      }
      return selection[item] == 0 ? null : REJECTIONS[selection[item] - 1];
    }
  }
}
