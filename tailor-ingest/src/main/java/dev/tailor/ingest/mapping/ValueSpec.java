package dev.tailor.ingest.mapping;

import dev.tailor.ingest.read.Row;
import java.util.List;
import java.util.Optional;

/**
 * How one output value is made from a source row: a source (column, constant or template), then the
 * transforms in their documented order, then the default when the result is empty.
 */
final class ValueSpec {
  private final ValueSource source;
  private final List<Transform> transforms;
  private final String fallback;
  private final Optional<String> onlyIfEmpty;

  ValueSpec(
      ValueSource source,
      List<Transform> transforms,
      String fallback,
      Optional<String> onlyIfEmpty) {
    this.source = source;
    this.transforms = List.copyOf(transforms);
    this.fallback = fallback;
    this.onlyIfEmpty = onlyIfEmpty;
  }

  /** A constant. */
  static ValueSpec constant(String value) {
    return new ValueSpec(ValueSource.constant(value), List.of(), "", Optional.empty());
  }

  /**
   * The value for {@code row}.
   *
   * @throws IllegalArgumentException with the reason when a transform cannot apply
   */
  String produce(Row row, String file) {
    String v = source.read(row, file);
    for (Transform t : transforms) {
      v = t.apply(v);
    }
    return v.isEmpty() ? fallback : v;
  }

  /** The output field that must be empty for this value to be set, if any. */
  Optional<String> onlyIfEmpty() {
    return onlyIfEmpty;
  }

  /** The source columns this value reads. */
  List<String> columns() {
    return source.columns();
  }

  /** One step applied to a value; throws {@link IllegalArgumentException} with a reason. */
  @FunctionalInterface
  interface Transform {
    String apply(String value);
  }
}
