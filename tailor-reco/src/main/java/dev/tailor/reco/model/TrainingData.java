package dev.tailor.reco.model;

import dev.tailor.core.ErrorCode;
import dev.tailor.core.TailorException;
import dev.tailor.core.catalog.Product;
import dev.tailor.core.event.TimeRange;
import dev.tailor.core.store.Store;
import dev.tailor.reco.data.InteractionLog;
import dev.tailor.reco.data.Interactions;
import dev.tailor.reco.data.WeightScheme;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything a trainer may learn from. Build it with {@link #of} (from an interaction log) or
 * {@link #fromStore}; both window the log, weigh it with the scheme and keep the log, so
 * time-resolved models ({@code trending}, {@code copurchase}) see the individual events.
 *
 * @param interactions the weighted (and time-decayed) customer × product matrix
 * @param catalog products by id, for content features and diversity (may lack some items)
 * @param reference the newest event of the data: windows and decay are measured back from it
 * @param log the windowed events behind {@code interactions}, sharing its id indexes (empty when
 *     the data was given as a matrix only)
 * @param weights the weight scheme that turned {@code log} into {@code interactions}
 * @param window the training window measured back from {@code reference}; empty for all data
 */
public record TrainingData(
    Interactions interactions,
    Map<String, Product> catalog,
    Instant reference,
    InteractionLog log,
    WeightScheme weights,
    Optional<Duration> window) {

  public TrainingData {
    Objects.requireNonNull(interactions, "interactions");
    catalog = Map.copyOf(catalog);
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(log, "log");
    Objects.requireNonNull(weights, "weights");
    Objects.requireNonNull(window, "window");
    if (window.isPresent() && (window.get().isNegative() || window.get().isZero())) {
      throw new TailorException(ErrorCode.BAD_INPUT, "the training window must be positive");
    }
    if (log.size() > 0
        && (log.products().size() != interactions.itemCount()
            || log.customers().size() != interactions.userCount())) {
      throw new IllegalArgumentException("the log and the matrix must share their id indexes");
    }
  }

  /**
   * A matrix without its events (models that need time-resolved events fall back or refuse with a
   * message); default weights, no window.
   */
  public TrainingData(Interactions interactions, Map<String, Product> catalog, Instant reference) {
    this(
        interactions,
        catalog,
        reference,
        InteractionLog.builder().build(),
        WeightScheme.DEFAULTS,
        Optional.empty());
  }

  /**
   * The events of {@code log} within {@code window} of its newest event, weighed by {@code
   * weights}. An empty log gives empty data (reference: the epoch); trainers say what they need.
   */
  public static TrainingData of(
      InteractionLog log,
      Map<String, Product> catalog,
      WeightScheme weights,
      Optional<Duration> window) {
    Instant reference = log.newest().orElse(Instant.EPOCH);
    return windowed(log, catalog, weights, window, reference);
  }

  /**
   * Reads the training data from a store: the product interactions within {@code window} of the
   * newest event (any event) and the whole catalog.
   */
  public static TrainingData fromStore(
      Store store, WeightScheme weights, Optional<Duration> window) {
    Map<String, Product> catalog = new HashMap<>();
    store.products().forEach(p -> catalog.put(p.id(), p));
    Optional<TimeRange> range = store.events().timeRange();
    if (range.isEmpty()) {
      return of(InteractionLog.builder().build(), catalog, weights, window);
    }
    Instant last = range.get().last();
    Instant from = window.map(last::minus).orElse(range.get().first());
    InteractionLog log = InteractionLog.fromStore(store, from, last.plusMillis(1));
    return windowed(log, catalog, weights, window, last);
  }

  private static TrainingData windowed(
      InteractionLog log,
      Map<String, Product> catalog,
      WeightScheme weights,
      Optional<Duration> window,
      Instant reference) {
    InteractionLog kept = log;
    if (window.isPresent()) {
      long from = reference.minus(window.get()).toEpochMilli();
      kept = log.filter(r -> log.time(r) >= from);
    }
    return new TrainingData(
        weights.matrix(kept, reference), catalog, reference, kept, weights, window);
  }

  /** True when the data holds events, not only a matrix. */
  public boolean hasLog() {
    return log.size() > 0;
  }
}
