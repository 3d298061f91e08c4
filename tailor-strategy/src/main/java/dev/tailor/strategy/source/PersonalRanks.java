package dev.tailor.strategy.source;

import dev.tailor.reco.batch.RankedTop;
import java.util.HashMap;
import java.util.Map;

/**
 * One customer's personal rankings computed ahead of the decision, with the rest of a batch (see
 * {@link CandidateSource#rankBatch}): per algorithm, the first items, or nothing personal to say.
 */
public final class PersonalRanks {
  /** Nothing computed ahead: every model scores the customer when a slot asks. */
  public static final PersonalRanks NONE = new PersonalRanks();

  private final Map<String, RankedTop> tops = new HashMap<>(4);

  PersonalRanks() {}

  void put(String algorithm, RankedTop top) {
    tops.put(algorithm, top);
  }

  boolean has(String algorithm) {
    return tops.containsKey(algorithm);
  }

  /** The first items of the model's ranking; null when the model has nothing personal to say. */
  RankedTop top(String algorithm) {
    return tops.get(algorithm);
  }
}
