package dev.tailor.strategy.source;

import dev.tailor.core.event.Event;
import dev.tailor.reco.als.AlsModel;
import dev.tailor.reco.recommend.CustomerHistory;
import dev.tailor.strategy.rules.CustomerFacts;
import dev.tailor.strategy.rules.Marks;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One customer during a decision: their facts, their marked items, and their score array per model,
 * computed on first use from their events with the model's own profile builder.
 */
public final class Shopper {
  private final CustomerFacts facts;
  private final List<Event> events;
  private final Marks marks;
  private final Map<String, float[]> scores = new HashMap<>();
  private final Map<String, float[]> factors = new HashMap<>();

  public Shopper(CustomerFacts facts, List<Event> events, Marks marks) {
    this.facts = facts;
    this.events = events;
    this.marks = marks;
  }

  public CustomerFacts facts() {
    return facts;
  }

  public Marks marks() {
    return marks;
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

  /**
   * The customer's factors in a factor model (trained, or folded in from their events), or null
   * when they have no history it can use.
   */
  float[] factors(ModelSet.Served served, AlsModel model) {
    String key = served.model().algorithm();
    if (factors.containsKey(key)) {
      return factors.get(key);
    }
    CustomerHistory h =
        served.profiles().fromEvents(facts.customerId(), events, served.reference());
    float[] out = h.profile().isEmpty() ? null : model.customerFactors(h.profile());
    factors.put(key, out);
    return out;
  }
}
