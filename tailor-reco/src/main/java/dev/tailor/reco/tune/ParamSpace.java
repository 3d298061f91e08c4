package dev.tailor.reco.tune;

import dev.tailor.core.ErrorCode;
import dev.tailor.core.TailorException;
import dev.tailor.reco.model.AlgorithmOptions;
import dev.tailor.reco.model.AlgorithmParams;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The hyper-parameters a search varies, by name: the shared ones ({@code factors}, {@code
 * iterations}, {@code regularization}, {@code alpha}) set {@link AlgorithmParams}; names written
 * {@code <algorithm>.<option>} set {@link AlgorithmOptions}. Parameters not named keep their base
 * value.
 *
 * @param dimensions the values of each varied parameter, in a stable order
 */
public record ParamSpace(Map<String, Dimension> dimensions) {
  /** The shared parameter names that map to {@link AlgorithmParams}. */
  public static final Set<String> SHARED =
      Set.of("factors", "iterations", "regularization", "alpha");

  public ParamSpace {
    dimensions = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(dimensions));
    for (String name : dimensions.keySet()) {
      if (!SHARED.contains(name) && name.indexOf('.') <= 0) {
        throw new TailorException(
            ErrorCode.BAD_INPUT,
            "cannot tune '"
                + name
                + "': name factors, iterations, regularization, alpha or <algorithm>.<option>");
      }
    }
  }

  /**
   * The default search space of {@code algorithm}: the parameters it is known to read, with ranges
   * wide enough for typical shop and rating data. Empty for an algorithm without known parameters.
   */
  public static ParamSpace forAlgorithm(String algorithm) {
    Map<String, Dimension> d = new LinkedHashMap<>();
    switch (algorithm) {
      case "als" -> {
        d.put("factors", Dimension.Choice.of(16, 32, 64, 128));
        d.put("iterations", Dimension.Choice.of(5, 10, 15, 20));
        d.put("regularization", new Dimension.LogRange(0.001, 1, false));
        d.put("alpha", new Dimension.LogRange(0.1, 100, false));
      }
      case "ease" -> d.put("regularization", new Dimension.LogRange(1, 5_000, false));
      case "itemknn" -> {
        d.put("itemknn.similarity", Dimension.Choice.of("cosine", "jaccard"));
        d.put("itemknn.neighbours", Dimension.Choice.of(10, 20, 50, 100, 200));
        d.put("itemknn.shrinkage", Dimension.Choice.of(0, 5, 10, 25, 50, 100));
      }
      case "copurchase" -> {
        d.put("copurchase.neighbours", Dimension.Choice.of(10, 20, 50, 100, 200));
        d.put("copurchase.shrinkage", Dimension.Choice.of(0, 5, 10, 25, 50, 100));
      }
      case "trending" -> {
        d.put("trending.horizon-hours", Dimension.Choice.of(6, 12, 24, 48, 96, 168));
        d.put("trending.smoothing", new Dimension.LogRange(0.1, 100, false));
      }
      case "popular" -> d.put("popular.basis", Dimension.Choice.of("purchases", "events"));
      default -> {
        // nothing known to tune: the search evaluates the base setting only
      }
    }
    return new ParamSpace(d);
  }

  /** One random setting. */
  public Map<String, String> sample(SplittableRandom random) {
    Map<String, String> setting = new LinkedHashMap<>();
    dimensions.forEach((name, dim) -> setting.put(name, dim.sample(random)));
    return setting;
  }

  /** Every setting, when all dimensions are choices; empty when some dimension is a range. */
  public Optional<List<Map<String, String>>> grid() {
    List<Map<String, String>> grid = new ArrayList<>();
    grid.add(new LinkedHashMap<>());
    for (Map.Entry<String, Dimension> e : dimensions.entrySet()) {
      if (!(e.getValue() instanceof Dimension.Choice choice)) {
        return Optional.empty();
      }
      List<Map<String, String>> next = new ArrayList<>();
      for (Map<String, String> partial : grid) {
        for (String v : choice.values()) {
          Map<String, String> s = new LinkedHashMap<>(partial);
          s.put(e.getKey(), v);
          next.add(s);
        }
      }
      grid = next;
    }
    return Optional.of(grid);
  }

  /** {@code base} with the shared parameters of {@code setting} applied. */
  public static AlgorithmParams params(AlgorithmParams base, Map<String, String> setting) {
    return new AlgorithmParams(
        (int) number(setting, "factors", base.factors()),
        (int) number(setting, "iterations", base.iterations()),
        number(setting, "regularization", base.regularization()),
        number(setting, "alpha", base.alpha()),
        base.threads(),
        base.seed());
  }

  /** {@code base} with the {@code <algorithm>.<option>} entries of {@code setting} applied. */
  public static AlgorithmOptions options(AlgorithmOptions base, Map<String, String> setting) {
    AlgorithmOptions options = base;
    for (Map.Entry<String, String> e : setting.entrySet()) {
      if (!SHARED.contains(e.getKey())) {
        options = options.with(e.getKey(), e.getValue());
      }
    }
    return options;
  }

  private static double number(Map<String, String> setting, String name, double fallback) {
    String v = setting.get(name);
    if (v == null) {
      return fallback;
    }
    try {
      return Double.parseDouble(v);
    } catch (NumberFormatException e) {
      throw new TailorException(ErrorCode.BAD_INPUT, name + " must be a number, not '" + v + "'");
    }
  }
}
