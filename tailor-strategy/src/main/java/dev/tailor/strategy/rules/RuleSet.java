package dev.tailor.strategy.rules;

import dev.tailor.core.catalog.Product;
import dev.tailor.strategy.spec.BoostSpec;
import dev.tailor.strategy.spec.PriceBand;
import dev.tailor.strategy.spec.RuleSpec;
import dev.tailor.strategy.spec.SeasonalRule;
import java.time.Instant;
import java.time.MonthDay;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A slot's rules compiled for one decision time. Hard rules that need no key always apply: the item
 * is published, within its availability window at the decision time, and in stock.
 */
public final class RuleSet {
  private final RuleSpec spec;
  private final Instant now;
  private final double medianPrice;
  private final List<SeasonalRule> seasonNow;

  /**
   * @param spec the slot's rules
   * @param now the decision time
   * @param medianPrice the catalog's median price, centre of the default band
   */
  public RuleSet(RuleSpec spec, Instant now, double medianPrice) {
    this.spec = Objects.requireNonNull(spec, "spec");
    this.now = Objects.requireNonNull(now, "now");
    this.medianPrice = medianPrice;
    MonthDay today = MonthDay.from(now.atZone(ZoneOffset.UTC));
    this.seasonNow =
        spec.seasonal().orElse(List.of()).stream().filter(s -> s.covers(today)).toList();
  }

  public RuleSpec spec() {
    return spec;
  }

  /** The decision time the rules were compiled for. */
  public Instant now() {
    return now;
  }

  /** A new per-slot cap counter. */
  public Caps caps() {
    return new Caps(spec.maxPerBrand(), spec.maxPerCategory());
  }

  /**
   * The first of out of stock, low inventory and low margin {@code p} breaks, or null: the part of
   * the stock rules that depends on the item only.
   */
  Rejection stockOf(Product p) {
    if (!p.inStock()) {
      return Rejection.OUT_OF_STOCK;
    }
    if (spec.minInventory().isPresent()
        && p.inventory().isPresent()
        && p.inventory().get() < spec.minInventory().get()) {
      return Rejection.LOW_INVENTORY;
    }
    if (spec.minMargin().isPresent()
        && p.margin().map(m -> m < spec.minMargin().get()).orElse(true)) {
      return Rejection.LOW_MARGIN;
    }
    return null;
  }

  /**
   * The first of the category, brand, tag and seasonal rules {@code p} breaks, or null: the part of
   * the hard rules that depends on the item and the day only.
   */
  Rejection selection(Product p) {
    if (spec.includeCategories().map(c -> !Matching.inAnyCategory(p, c)).orElse(false)
        || spec.excludeCategories().map(c -> Matching.inAnyCategory(p, c)).orElse(false)) {
      return Rejection.CATEGORY;
    }
    if (spec.includeBrands().map(b -> !Matching.hasBrand(p, b)).orElse(false)
        || spec.excludeBrands().map(b -> Matching.hasBrand(p, b)).orElse(false)) {
      return Rejection.BRAND;
    }
    if (spec.includeTags().map(t -> !Matching.hasAnyTag(p, t)).orElse(false)
        || spec.excludeTags().map(t -> Matching.hasAnyTag(p, t)).orElse(false)) {
      return Rejection.TAG;
    }
    for (SeasonalRule s : seasonNow) {
      if (Matching.inAnyCategory(p, s.categories()) || Matching.hasAnyTag(p, s.tags())) {
        return Rejection.SEASONAL;
      }
    }
    return null;
  }

  /** The rules bound to one customer. */
  public Bound bind(CustomerFacts facts, Map<String, Instant> shown) {
    double lo = 0;
    double hi = Double.MAX_VALUE;
    Optional<PriceBand> band = spec.price();
    if (band.isPresent()) {
      PriceBand b = band.get();
      if (b.aovTolerance().isPresent()) {
        double t = b.aovTolerance().get();
        if (facts.averageOrderValue().isPresent()) {
          lo = facts.averageOrderValue().get() * (1 - t);
          hi = facts.averageOrderValue().get() * (1 + t);
        } else if (b.defaultMin().isPresent() || b.defaultMax().isPresent()) {
          lo = b.defaultMin().orElse(0.0);
          hi = b.defaultMax().orElse(Double.MAX_VALUE);
        } else {
          lo = medianPrice * (1 - t);
          hi = medianPrice * (1 + t);
        }
      }
      lo = Math.max(lo, b.min().orElse(0.0));
      hi = Math.min(hi, b.max().orElse(Double.MAX_VALUE));
    }
    return new Bound(facts, shown, lo, hi, band.isPresent());
  }

  /** The rules for one customer. */
  public final class Bound {
    private final CustomerFacts facts;
    private final Map<String, Instant> shown;
    private final double lo;
    private final double hi;
    private final boolean priced;

    private Bound(
        CustomerFacts facts, Map<String, Instant> shown, double lo, double hi, boolean priced) {
      this.facts = facts;
      this.shown = shown;
      this.lo = lo;
      this.hi = hi;
      this.priced = priced;
    }

    boolean priced() {
      return priced;
    }

    RuleSet rules() {
      return RuleSet.this;
    }

    /** The price band applied, {@code [lo, hi]}; {@code [0, MAX]} without a price rule. */
    public double[] band() {
      return new double[] {lo, hi};
    }

    /** The first hard rule {@code p} breaks, or empty when it may be shown. */
    public Optional<Rejection> check(Product p) {
      Rejection r = stock(p);
      if (r == null) {
        r = history(p);
      }
      if (r == null) {
        r = selection(p);
      }
      return Optional.ofNullable(r);
    }

    private Rejection stock(Product p) {
      if (!p.availableAt(now)) {
        return Rejection.UNAVAILABLE;
      }
      Rejection r = stockOf(p);
      if (r != null) {
        return r;
      }
      if (priced) {
        double price = p.price().isPresent() ? p.price().get().doubleValue() : -1.0;
        if (price < lo || price > hi) {
          return Rejection.PRICE_BAND;
        }
      }
      return null;
    }

    private Rejection history(Product p) {
      if (spec.excludePurchased().isPresent()) {
        Instant at = facts.purchased().get(p.id());
        if (at != null && !at.isBefore(now.minus(spec.excludePurchased().get()))) {
          return Rejection.PURCHASED;
        }
      }
      if (spec.excludeEmailed().isPresent()) {
        Instant at = shown.get(p.id());
        if (at != null && !at.isBefore(now.minus(spec.excludeEmailed().get()))) {
          return Rejection.EMAILED;
        }
      }
      return null;
    }
  }

  /**
   * The boost factor of {@code p} (1 when no soft rule applies); adds the name of each applied rule
   * to {@code applied}.
   */
  public double boost(Product p, List<String> applied) {
    BoostSpec b = spec.boosts().orElse(BoostSpec.NONE);
    double f = 1;
    if (b.marginWeight() > 0 && p.margin().isPresent()) {
      f *= 1 + b.marginWeight() * p.margin().get();
      applied.add("boost:margin");
    }
    if (b.newArrivalWeight() > 0
        && p.createdAt().isPresent()
        && !p.createdAt()
            .get()
            .isBefore(now.minus(java.time.Duration.ofDays(b.newArrivalDays())))) {
      f *= 1 + b.newArrivalWeight();
      applied.add("boost:new_arrival");
    }
    if (b.promotedWeight() > 0 && Matching.hasAnyTag(p, b.promotedTags())) {
      f *= 1 + b.promotedWeight();
      applied.add("boost:promoted");
    }
    return f;
  }
}
