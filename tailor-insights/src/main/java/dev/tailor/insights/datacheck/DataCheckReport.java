package dev.tailor.insights.datacheck;

import dev.tailor.core.catalog.CatalogHealth;
import dev.tailor.core.event.InteractionStats;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the data check found.
 *
 * @param firstEvent oldest event, if any
 * @param lastEvent newest event, if any
 * @param daysOfHistory whole days between the oldest and newest event
 * @param events all events
 * @param eventsByType events per interchange type name, in type order
 * @param customers all customers
 * @param subscribed customers who consented to marketing email
 * @param identities anonymous ids linked to customers
 * @param interactions interaction counts (see {@link InteractionStats})
 * @param customersWithoutHistory customers with no interaction at all
 * @param catalog catalog health counts
 * @param warnings what a marketer should know, most important first
 */
public record DataCheckReport(
    Optional<Instant> firstEvent,
    Optional<Instant> lastEvent,
    long daysOfHistory,
    long events,
    Map<String, Long> eventsByType,
    long customers,
    long subscribed,
    long identities,
    InteractionStats interactions,
    long customersWithoutHistory,
    CatalogHealth catalog,
    List<DataWarning> warnings) {

  public DataCheckReport {
    eventsByType = Collections.unmodifiableMap(new LinkedHashMap<>(eventsByType));
    warnings = List.copyOf(warnings);
  }

  /** This report with {@code list} as its warnings. */
  public DataCheckReport withWarnings(List<DataWarning> list) {
    return new DataCheckReport(
        firstEvent,
        lastEvent,
        daysOfHistory,
        events,
        eventsByType,
        customers,
        subscribed,
        identities,
        interactions,
        customersWithoutHistory,
        catalog,
        list);
  }

  /** Share of customers with no interaction, 0 when there are no customers. */
  public double shareWithoutHistory() {
    return customers == 0 ? 0 : (double) customersWithoutHistory / customers;
  }

  /** True when nothing needs a marketer's attention. */
  public boolean healthy() {
    return warnings.isEmpty();
  }
}
