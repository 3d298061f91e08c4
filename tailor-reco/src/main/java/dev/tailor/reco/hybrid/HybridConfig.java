package dev.tailor.reco.hybrid;

import dev.tailor.core.ErrorCode;
import dev.tailor.core.TailorException;
import dev.tailor.reco.model.AlgorithmOptions;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What {@code hybrid} blends and how it routes.
 *
 * @param weights {@code hybrid.weights}: component algorithm → weight, in order (default {@code
 *     itemknn:1,copurchase:0.5,content:0.3,popular:0.1,trending:0.05}); weights are finite and ≥ 0
 * @param coldCustomers {@code hybrid.cold-customers}: the components asked for a customer without
 *     history, or whose history no other component can use (default {@code popular,trending})
 * @param coldItems {@code hybrid.cold-items}: the components that may score products without any
 *     interaction in training (default {@code content}); other components are ignored for them
 * @param normalization {@code hybrid.normalization}: how component scores are made comparable
 * @param learnWeights {@code hybrid.learn-weights} ({@code --learn-weights}): learn the weights on
 *     a validation part of the training data, starting from {@code weights} (default false: the
 *     configured weights are used as they are)
 */
public record HybridConfig(
    Map<String, Double> weights,
    Set<String> coldCustomers,
    Set<String> coldItems,
    Normalization normalization,
    boolean learnWeights) {
  public static final String ALGORITHM = "hybrid";
  public static final HybridConfig DEFAULTS =
      new HybridConfig(
          parseWeights("itemknn:1,copurchase:0.5,content:0.3,popular:0.1,trending:0.05"),
          Set.of("popular", "trending"),
          Set.of("content"),
          Normalization.MIN_MAX,
          false);

  /** Per-component score normalisation before blending. */
  public enum Normalization {
    /**
     * {@code (s − min) / (max − min)} over the component's items; constant positive scores give 1.
     */
    MIN_MAX,
    /** {@code 1 − rank / n}: the best item 1, the worst about 0; ties by item order. */
    RANK
  }

  public HybridConfig {
    weights = Collections.unmodifiableMap(new LinkedHashMap<>(weights));
    coldCustomers = Set.copyOf(coldCustomers);
    coldItems = Set.copyOf(coldItems);
    if (weights.isEmpty()) {
      throw bad("hybrid.weights names no component");
    }
    if (weights.containsKey(ALGORITHM)) {
      throw bad("a hybrid cannot blend another hybrid");
    }
    weights.forEach(
        (name, w) -> {
          if (w == null || !(w >= 0) || Double.isInfinite(w)) {
            throw bad("the hybrid weight of " + name + " must be a finite number ≥ 0, not " + w);
          }
        });
    if (weights.values().stream().allMatch(w -> w == 0)) {
      throw bad("hybrid.weights are all 0");
    }
  }

  /** Reads the {@code hybrid.*} options. */
  public static HybridConfig from(AlgorithmOptions options) {
    options.requireKnown(
        ALGORITHM,
        Set.of("weights", "cold-customers", "cold-items", "normalization", "learn-weights"));
    String learn = options.choice(ALGORITHM, "learn-weights", "false", List.of("true", "false"));
    String normalization =
        options.choice(ALGORITHM, "normalization", "minmax", List.of("minmax", "rank"));
    String weights = options.text(ALGORITHM, "weights", null);
    String customers = options.text(ALGORITHM, "cold-customers", null);
    String items = options.text(ALGORITHM, "cold-items", null);
    return new HybridConfig(
        weights == null ? DEFAULTS.weights : parseWeights(weights),
        customers == null ? DEFAULTS.coldCustomers : parseNames(customers),
        items == null ? DEFAULTS.coldItems : parseNames(items),
        normalization.equals("rank") ? Normalization.RANK : Normalization.MIN_MAX,
        learn.equals("true"));
  }

  /** Parses {@code name:weight,name:weight}; a duplicate name is an error. */
  public static Map<String, Double> parseWeights(String text) {
    Map<String, Double> weights = new LinkedHashMap<>();
    for (String part : text.split(",")) {
      String[] kv = part.strip().split(":");
      if (kv.length != 2 || kv[0].isBlank()) {
        throw bad("hybrid.weights must read name:weight,name:weight..., not '" + text + "'");
      }
      double w;
      try {
        w = Double.parseDouble(kv[1].strip());
      } catch (NumberFormatException e) {
        throw bad("the hybrid weight of " + kv[0].strip() + " is not a number: '" + kv[1] + "'");
      }
      if (weights.put(kv[0].strip(), w) != null) {
        throw bad("hybrid.weights names " + kv[0].strip() + " twice");
      }
    }
    return weights;
  }

  private static Set<String> parseNames(String text) {
    Set<String> names = new java.util.LinkedHashSet<>();
    for (String part : text.split(",")) {
      if (!part.isBlank()) {
        names.add(part.strip());
      }
    }
    return names;
  }

  private static TailorException bad(String message) {
    return new TailorException(ErrorCode.BAD_INPUT, message);
  }
}
