package dev.tailor.insights.datacheck;

import dev.tailor.core.catalog.CatalogHealth;
import dev.tailor.core.customer.ConsentStatus;
import dev.tailor.core.event.EventType;
import dev.tailor.core.event.InteractionStats;
import dev.tailor.core.event.TimeRange;
import dev.tailor.core.store.Store;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Data sufficiency: is there enough history, behaviour and catalog quality to personalize? Reads
 * aggregates through the store ports only, so it costs a handful of queries whatever the size.
 */
public final class DataCheck {
  private final DataCheckThresholds thresholds;

  public DataCheck(DataCheckThresholds thresholds) {
    this.thresholds = thresholds;
  }

  public DataCheckReport run(Store store) {
    Optional<TimeRange> range = store.events().timeRange();
    long days = range.map(r -> r.length().toDays()).orElse(0L);
    Map<String, Long> byType = new LinkedHashMap<>();
    Map<EventType, Long> counts = store.events().countByType();
    for (EventType t : EventType.values()) {
      byType.put(t.wireName(), counts.getOrDefault(t, 0L));
    }
    long events = counts.values().stream().mapToLong(Long::longValue).sum();
    long customers = store.customers().count();
    InteractionStats stats = store.events().interactionStats(thresholds.minPerCustomer());
    long withoutHistory = Math.max(0, customers - stats.customersWithInteractions());
    CatalogHealth catalog = store.products().health();
    DataCheckReport partial =
        new DataCheckReport(
            range.map(TimeRange::first),
            range.map(TimeRange::last),
            days,
            events,
            byType,
            customers,
            store.customers().countByConsent(ConsentStatus.SUBSCRIBED),
            store.identities().count(),
            stats,
            withoutHistory,
            catalog,
            List.of());
    return partial.withWarnings(warnings(partial));
  }

  private List<DataWarning> warnings(DataCheckReport r) {
    List<DataWarning> w = new ArrayList<>();
    if (r.events() == 0) {
      w.add(
          new DataWarning(
              "no-events",
              "No events yet: every email will use fallbacks (bestsellers, curated lists)."));
    } else if (r.daysOfHistory() < thresholds.minDays()) {
      w.add(
          new DataWarning(
              "short-history",
              "Only "
                  + r.daysOfHistory()
                  + " days of history (from "
                  + day(r.firstEvent())
                  + " to "
                  + day(r.lastEvent())
                  + "); "
                  + thresholds.minDays()
                  + "+ days let models see repeat purchases and seasonality."));
    }
    InteractionStats s = r.interactions();
    if (r.events() > 0 && s.interactions() < thresholds.minInteractions()) {
      w.add(
          new DataWarning(
              "few-interactions",
              s.interactions()
                  + " product interactions; collaborative filtering needs "
                  + thresholds.minInteractions()
                  + "+ to beat bestsellers."));
    }
    if (r.events() > 0 && s.purchasers() < thresholds.minPurchasers()) {
      w.add(
          new DataWarning(
              "few-purchasers",
              s.purchasers()
                  + " customers have purchased; 'bought together' and ALS need "
                  + thresholds.minPurchasers()
                  + "+ purchasers."));
    }
    if (r.customers() == 0) {
      w.add(new DataWarning("no-customers", "No customers imported: nobody to email."));
    } else {
      if (r.subscribed() == 0) {
        w.add(
            new DataWarning(
                "no-subscribers", "No customer has consented to email: campaigns send nothing."));
      }
      if (r.shareWithoutHistory() > thresholds.maxShareWithoutHistory()) {
        w.add(
            new DataWarning(
                "many-without-history",
                percent(r.shareWithoutHistory())
                    + " of customers have no history; they get fallback picks."));
      }
    }
    w.addAll(catalogWarnings(r.catalog()));
    return w;
  }

  private List<DataWarning> catalogWarnings(CatalogHealth c) {
    List<DataWarning> w = new ArrayList<>();
    if (c.products() == 0) {
      w.add(new DataWarning("no-products", "The catalog is empty: nothing to recommend."));
      return w;
    }
    double outOfStock = (double) c.outOfStock() / c.products();
    if (outOfStock > thresholds.maxShareOutOfStock()) {
      w.add(
          new DataWarning(
              "much-out-of-stock",
              percent(outOfStock) + " of products are out of stock and will be filtered out."));
    }
    if (c.missingPrice() > 0) {
      w.add(
          new DataWarning(
              "missing-price",
              c.missingPrice() + " products have no price; price rules cannot judge them."));
    }
    if (c.missingImage() > 0) {
      w.add(
          new DataWarning(
              "missing-image",
              c.missingImage() + " products have no image; product grids show a placeholder."));
    }
    return w;
  }

  private static String day(Optional<Instant> t) {
    return t.map(i -> i.toString().substring(0, 10)).orElse("-");
  }

  private static String percent(double share) {
    return String.format(java.util.Locale.ROOT, "%.0f%%", share * 100);
  }
}
