package dev.tailor.reco.snapshot;

import dev.tailor.reco.model.TrainingData;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The data a model learnt from, in brief.
 *
 * @param first the oldest event of the window, if any
 * @param last the newest event (the reference of windows and decay), if any
 * @param events product interaction events in the window
 * @param customers customers in the interaction matrix
 * @param products products in the interaction matrix
 * @param interactions non-zero (customer, product) pairs
 * @param catalog products in the catalog
 */
public record DataSummary(
    Optional<Instant> first,
    Optional<Instant> last,
    long events,
    int customers,
    int products,
    long interactions,
    int catalog) {
  public DataSummary {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(last, "last");
  }

  /** The summary of {@code data}. */
  public static DataSummary of(TrainingData data) {
    boolean any = data.hasLog();
    return new DataSummary(
        data.log().oldest(),
        any ? Optional.of(data.reference()) : Optional.empty(),
        data.log().size(),
        data.interactions().userCount(),
        data.interactions().itemCount(),
        data.interactions().nonZeros(),
        data.catalog().size());
  }

  /** The first 16 hex digits of the SHA-256 of the window and the counts. */
  public String hash() {
    return TrainingConfig.sha256(
        "first="
            + first.map(Instant::toString).orElse("-")
            + "\nlast="
            + last.map(Instant::toString).orElse("-")
            + "\nevents="
            + events
            + "\ncustomers="
            + customers
            + "\nproducts="
            + products
            + "\ninteractions="
            + interactions
            + "\ncatalog="
            + catalog
            + "\n");
  }
}
