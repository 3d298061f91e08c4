package dev.tailor.reco.model;

import dev.tailor.core.catalog.Product;
import dev.tailor.reco.data.Interactions;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * Everything a trainer may learn from.
 *
 * @param interactions the weighted (and time-decayed) customer × product matrix
 * @param catalog products by id, for content features and diversity (may lack some items)
 * @param reference the newest event of the data: windows and decay are measured back from it
 */
public record TrainingData(
    Interactions interactions, Map<String, Product> catalog, Instant reference) {
  public TrainingData {
    Objects.requireNonNull(interactions, "interactions");
    catalog = Map.copyOf(catalog);
    Objects.requireNonNull(reference, "reference");
  }
}
