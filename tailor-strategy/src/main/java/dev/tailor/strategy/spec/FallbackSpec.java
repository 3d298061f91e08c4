package dev.tailor.strategy.spec;

import java.util.Objects;

/**
 * One step of a fallback chain.
 *
 * @param name the step's name as recorded in decisions ({@code trending}, {@code bestsellers},
 *     {@code curated}, or an algorithm name)
 * @param source where its candidates come from ({@code bestsellers} is the {@code popular} model)
 */
public record FallbackSpec(String name, SourceSpec source) {
  public FallbackSpec {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(source, "source");
  }
}
