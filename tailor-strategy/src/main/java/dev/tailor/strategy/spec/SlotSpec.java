package dev.tailor.strategy.spec;

import java.util.List;
import java.util.Objects;

/**
 * One slot of a strategy.
 *
 * @param id the slot's key in the file, recorded in decisions
 * @param kind product slot or content block
 * @param contentType for a content block, the catalog items' {@code type} attribute it shows
 * @param label heading template ({@code {{ seed.title }}}, {@code {{ category }}}, ...)
 * @param fallbackLabel heading used when a placeholder of {@code label} has no value (e.g. the slot
 *     was filled by a fallback, so there is no seed)
 * @param count how many items
 * @param source where candidates come from
 * @param rules the global rules with this slot's overrides applied
 * @param fallbacks this slot's fallbacks, then the global ones
 * @param exploration how much this slot explores among items
 * @param arms the sources the slot chooses among per decision ({@link ArmsSpec#NONE} when it has
 *     one); {@code source} is then the first arm
 */
public record SlotSpec(
    String id,
    SlotKind kind,
    String contentType,
    String label,
    String fallbackLabel,
    int count,
    SourceSpec source,
    RuleSpec rules,
    List<FallbackSpec> fallbacks,
    ExplorationSpec exploration,
    ArmsSpec arms) {
  public SlotSpec {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(contentType, "contentType");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(fallbackLabel, "fallbackLabel");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(rules, "rules");
    fallbacks = List.copyOf(fallbacks);
    Objects.requireNonNull(exploration, "exploration");
    Objects.requireNonNull(arms, "arms");
    if (!arms.isEmpty() && !arms.arms().get(0).equals(source)) {
      throw new IllegalArgumentException("a slot with arms has its first arm as its source");
    }
    if (count < 1) {
      throw new IllegalArgumentException("count must be positive");
    }
  }

  /** A slot with one source. */
  public SlotSpec(
      String id,
      SlotKind kind,
      String contentType,
      String label,
      String fallbackLabel,
      int count,
      SourceSpec source,
      RuleSpec rules,
      List<FallbackSpec> fallbacks,
      ExplorationSpec exploration) {
    this(
        id,
        kind,
        contentType,
        label,
        fallbackLabel,
        count,
        source,
        rules,
        fallbacks,
        exploration,
        ArmsSpec.NONE);
  }
}
