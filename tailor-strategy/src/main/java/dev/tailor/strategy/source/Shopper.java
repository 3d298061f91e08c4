package dev.tailor.strategy.source;

import dev.tailor.core.event.Event;
import dev.tailor.reco.recommend.CustomerHistory;
import dev.tailor.strategy.rules.CustomerFacts;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One customer during a decision: their facts, and their score array per model, computed on first
 * use from their events with the model's own profile builder.
 */
public final class Shopper {
  private final CustomerFacts facts;
  private final List<Event> events;
  private final Map<String, float[]> scores = new HashMap<>();

  public Shopper(CustomerFacts facts, List<Event> events) {
    this.facts = facts;
    this.events = events;
  }

  public CustomerFacts facts() {
    return facts;
  }

  /** The model's scores for this customer, or null when it cannot say anything personal. */
  float[] scores(ModelSet.Served served) {
    String key = served.model().algorithm();
    if (scores.containsKey(key)) {
      return scores.get(key);
    }
    CustomerHistory h =
        served.profiles().fromEvents(facts.customerId(), events, served.reference());
    float[] s = new float[served.model().items().size()];
    float[] out = served.model().score(h.profile(), s) ? s : null;
    scores.put(key, out);
    return out;
  }
}
