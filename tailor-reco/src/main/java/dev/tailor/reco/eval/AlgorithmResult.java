package dev.tailor.reco.eval;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * One algorithm's scores on one split, at cut-off k. Accuracy metrics are averaged over the
 * evaluated customers (a customer the model could not score counts with an empty list).
 *
 * @param algorithm the algorithm name
 * @param ndcg mean nDCG@k
 * @param precision mean precision@k
 * @param recall mean recall@k
 * @param map mean average precision@k (normalised by {@code min(k, |relevant|)})
 * @param hitRate share of customers with at least one relevant item in their top k
 * @param coverage distinct recommended items over items in training
 * @param diversity mean intra-list diversity by category; empty when categories are unknown
 * @param novelty mean self-information of recommended items in bits; empty when no list was made
 * @param trainSeconds wall time of training
 * @param recommendSeconds wall time of recommending to every evaluated customer
 * @param customersUnscored evaluated customers the model said it could not score
 */
public record AlgorithmResult(
    String algorithm,
    double ndcg,
    double precision,
    double recall,
    double map,
    double hitRate,
    double coverage,
    OptionalDouble diversity,
    OptionalDouble novelty,
    double trainSeconds,
    double recommendSeconds,
    int customersUnscored) {

  public AlgorithmResult {
    Objects.requireNonNull(algorithm, "algorithm");
    Objects.requireNonNull(diversity, "diversity");
    Objects.requireNonNull(novelty, "novelty");
  }

  /** The JSON shape: snake_case keys in a stable order; an unknown diversity or novelty is null. */
  public Map<String, Object> toMap() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("ndcg", ndcg);
    m.put("precision", precision);
    m.put("recall", recall);
    m.put("map", map);
    m.put("hit_rate", hitRate);
    m.put("coverage", coverage);
    m.put("diversity", diversity.isPresent() ? diversity.getAsDouble() : null);
    m.put("novelty", novelty.isPresent() ? novelty.getAsDouble() : null);
    m.put("train_seconds", trainSeconds);
    m.put("recommend_seconds", recommendSeconds);
    m.put("customers_unscored", customersUnscored);
    return m;
  }
}
