package dev.tailor.strategy.rules;

import dev.tailor.core.catalog.Product;
import dev.tailor.strategy.items.ItemTable;
import dev.tailor.strategy.spec.BoostSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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
   * The soft rules: per item, which time-free boosts apply ({@link #MARGIN}, {@link #PROMOTED}).
   */
  private final byte[] boosted;

  /** Per item, the margin boost's factor where it applies. */
  private final double[] marginFactor;

  /** Per item, when it was created, where a new-arrival boost can apply; else null. */
  private final Instant[] createdAt;

  private final BoostSpec boosts;

  private static final int MARGIN = 1;
  private static final int NEW_ARRIVAL = 2;
  private static final int PROMOTED = 4;

  /**
   * The names of the boosts applied, by their bits, in the order {@link RuleSet#boost} adds them.
   */
  private static final List<List<String>> BOOST_NAMES = boostNames();

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
    boosts = rules.spec().boosts().orElse(BoostSpec.NONE);
    boosted = new byte[n];
    marginFactor = new double[n];
    createdAt = new Instant[n];
    for (int i = 0; i < n; i++) {
      Product p = table.product(i);
      if (boosts.marginWeight() > 0 && p.margin().isPresent()) {
        boosted[i] |= MARGIN;
        marginFactor[i] = 1 + boosts.marginWeight() * p.margin().get();
      }
      if (boosts.newArrivalWeight() > 0) {
        createdAt[i] = p.createdAt().orElse(null);
      }
      if (boosts.promotedWeight() > 0 && Matching.hasAnyTag(p, boosts.promotedTags())) {
        boosted[i] |= PROMOTED;
      }
    }
  }

  private static List<List<String>> boostNames() {
    List<List<String>> out = new ArrayList<>();
    for (int bits = 0; bits < 8; bits++) {
      List<String> names = new ArrayList<>(3);
      if ((bits & MARGIN) != 0) {
        names.add("boost:margin");
      }
      if ((bits & NEW_ARRIVAL) != 0) {
        names.add("boost:new_arrival");
      }
      if ((bits & PROMOTED) != 0) {
        names.add("boost:promoted");
      }
      out.add(List.copyOf(names));
    }
    return List.copyOf(out);
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
        rules.spec().excludeEmailed().map(now::minus).orElse(null),
        now.minus(Duration.ofDays(boosts.newArrivalDays())));
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
    private final Instant newSince;

    private Bound(
        Marks marks,
        Instant now,
        boolean priced,
        double lo,
        double hi,
        Instant boughtSince,
        Instant emailedSince,
        Instant newSince) {
      this.marks = marks;
      this.now = now;
      this.priced = priced;
      this.lo = lo;
      this.hi = hi;
      this.boughtSince = boughtSince;
      this.emailedSince = emailedSince;
      this.newSince = newSince;
    }

    /** Which boosts apply to {@code item}, as bits for {@link #boost} and {@link #boostNames}. */
    public int boosts(int item) {
      int bits = boosted[item];
      Instant created = createdAt[item];
      if (created != null && !created.isBefore(newSince)) {
        bits |= NEW_ARRIVAL;
      }
      return bits;
    }

    /**
     * The boost factor of {@code item} with boosts {@code bits}: exactly what {@link RuleSet#boost}
     * gives for its product at the rules' time.
     */
    public double boost(int item, int bits) {
      double f = 1;
      if ((bits & MARGIN) != 0) {
        f *= marginFactor[item];
      }
      if ((bits & NEW_ARRIVAL) != 0) {
        f *= 1 + boosts.newArrivalWeight();
      }
      if ((bits & PROMOTED) != 0) {
        f *= 1 + boosts.promotedWeight();
      }
      return f;
    }

    /** The names of boosts {@code bits}, as {@link RuleSet#boost} adds them (immutable). */
    public List<String> boostNames(int bits) {
      return BOOST_NAMES.get(bits);
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

    /** True when {@code item} is published and within its availability window at the time. */
    public boolean available(int item) {
      return table.availableAt(item, now);
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
