package dev.tailor.reco.eval;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the evaluation was run on and who was left out, so that every number can be checked.
 *
 * @param description how the split was made
 * @param trainEvents product interactions in training (within the training window, if any)
 * @param testEvents product interactions in test
 * @param trainCustomers customers with at least one weighted training interaction
 * @param trainItems products with at least one weighted training interaction (the candidates)
 * @param testCustomers customers with at least one test event
 * @param customersEvaluated test customers known in training with at least one relevant item
 * @param skippedColdCustomers test customers without any weighted training interaction (not scored)
 * @param skippedWithoutRelevant known test customers left with no relevant item (not scored)
 * @param testItemsUnseenInTraining distinct weighted test products that never occur in training
 * @param relevantPairs relevant (customer, product) pairs over the evaluated customers
 * @param droppedUnseenPairs weighted test pairs of known customers dropped because the product is
 *     not in training (no model could recommend it)
 * @param droppedRepeatPairs weighted test pairs dropped because the customer already interacted
 *     with the product in training (candidates exclude a customer's own history)
 */
public record SplitSummary(
    String description,
    int trainEvents,
    int testEvents,
    int trainCustomers,
    int trainItems,
    int testCustomers,
    int customersEvaluated,
    int skippedColdCustomers,
    int skippedWithoutRelevant,
    int testItemsUnseenInTraining,
    long relevantPairs,
    long droppedUnseenPairs,
    long droppedRepeatPairs) {

  /** The JSON shape, with snake_case keys in a stable order. */
  public Map<String, Object> toMap() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("description", description);
    m.put("train_events", trainEvents);
    m.put("test_events", testEvents);
    m.put("train_customers", trainCustomers);
    m.put("train_items", trainItems);
    m.put("test_customers", testCustomers);
    m.put("customers_evaluated", customersEvaluated);
    m.put("skipped_cold_customers", skippedColdCustomers);
    m.put("skipped_without_relevant", skippedWithoutRelevant);
    m.put("test_items_unseen_in_training", testItemsUnseenInTraining);
    m.put("relevant_pairs", relevantPairs);
    m.put("dropped_unseen_pairs", droppedUnseenPairs);
    m.put("dropped_repeat_pairs", droppedRepeatPairs);
    return m;
  }
}
