package dev.tailor.reco.recommend;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One customer's recommendations and who made them.
 *
 * @param customerId the customer
 * @param items best first, ranks from 1
 * @param servedBy the algorithm that made the list: the model's, the fallback's, or {@code
 *     "<model>+<fallback>"} when the fallback filled the slots the model could not
 * @param note why the list is short, empty or from the fallback; empty when the model filled it
 */
public record Recommendations(
    String customerId, List<Recommendation> items, String servedBy, Optional<String> note) {
  public Recommendations {
    Objects.requireNonNull(customerId, "customerId");
    items = List.copyOf(items);
    Objects.requireNonNull(servedBy, "servedBy");
    Objects.requireNonNull(note, "note");
  }
}
