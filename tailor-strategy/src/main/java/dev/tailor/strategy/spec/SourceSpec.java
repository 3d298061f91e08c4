package dev.tailor.strategy.spec;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a slot's candidates come from: a trained model (optionally seeded), or a curated list.
 *
 * @param algorithm the model's algorithm; empty for a curated list
 * @param seed what the model starts from
 * @param scope the categories candidates may come from
 * @param curated product ids, in order, for a curated list (empty otherwise)
 */
public record SourceSpec(Optional<String> algorithm, Seed seed, Scope scope, List<String> curated) {
  public SourceSpec {
    Objects.requireNonNull(algorithm, "algorithm");
    Objects.requireNonNull(seed, "seed");
    Objects.requireNonNull(scope, "scope");
    curated = List.copyOf(curated);
  }

  public static SourceSpec model(String algorithm) {
    return new SourceSpec(Optional.of(algorithm), Seed.NONE, Scope.ANY, List.of());
  }

  public static SourceSpec curated(List<String> ids) {
    return new SourceSpec(Optional.empty(), Seed.NONE, Scope.ANY, ids);
  }

  /** e.g. {@code itemknn}, {@code itemknn:last_purchase}, {@code curated}. */
  public String describe() {
    if (algorithm.isEmpty()) {
      return "curated";
    }
    String s = algorithm.get();
    if (seed != Seed.NONE) {
      s += ":" + seed.name().toLowerCase(java.util.Locale.ROOT);
    }
    if (scope != Scope.ANY) {
      s += ":" + scope.name().toLowerCase(java.util.Locale.ROOT);
    }
    return s;
  }
}
