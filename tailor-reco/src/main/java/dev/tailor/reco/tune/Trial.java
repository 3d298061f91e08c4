package dev.tailor.reco.tune;

import dev.tailor.reco.model.AlgorithmOptions;
import dev.tailor.reco.model.AlgorithmParams;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One evaluated setting.
 *
 * @param number 1-based trial number; trial 1 is the base setting
 * @param setting the searched values of this trial (empty for the base setting)
 * @param params the shared parameters used
 * @param options the algorithm options used
 * @param ndcg nDCG@k on the validation split
 * @param seconds wall time of training and recommending
 */
public record Trial(
    int number,
    Map<String, String> setting,
    AlgorithmParams params,
    AlgorithmOptions options,
    double ndcg,
    double seconds) {
  public Trial {
    setting = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(setting));
  }

  /** The JSON shape: trial number, the parameters used, ndcg and seconds. */
  public Map<String, Object> toMap() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("trial", number);
    m.put("factors", params.factors());
    m.put("iterations", params.iterations());
    m.put("regularization", params.regularization());
    m.put("alpha", params.alpha());
    m.put("options", options.asMap());
    m.put("ndcg", ndcg);
    m.put("seconds", seconds);
    return m;
  }
}
