package dev.tailor.store.internal;

import dev.tailor.core.ErrorCode;
import dev.tailor.core.TailorException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BinaryOperator;
import java.util.function.Function;

/** Checks applied to a batch before anything is written, so that bad batches write nothing. */
public final class Batches {
  private Batches() {}

  /** A copy of {@code items}, or BAD_INPUT when it or one of its elements is null. */
  public static <T> List<T> elements(String what, Collection<T> items) {
    if (items == null) {
      throw new TailorException(ErrorCode.BAD_INPUT, what + " must not be null");
    }
    List<T> copy = new ArrayList<>(items);
    for (int i = 0; i < copy.size(); i++) {
      if (copy.get(i) == null) {
        throw new TailorException(ErrorCode.BAD_INPUT, what + "[" + i + "] is null");
      }
    }
    return copy;
  }

  /**
   * One element per key, in order of first appearance, merged with {@code merge(stored, newer)}:
   * one statement must not touch the same row twice on PostgreSQL.
   */
  public static <T> List<T> distinct(
      List<T> items, Function<T, String> key, BinaryOperator<T> merge) {
    Map<String, T> byKey = new LinkedHashMap<>();
    for (T item : items) {
      byKey.merge(key.apply(item), item, merge);
    }
    return byKey.size() == items.size() ? items : new ArrayList<>(byKey.values());
  }

  /** {@code limit}, or BAD_INPUT when it is negative. */
  public static int limit(int limit) {
    if (limit < 0) {
      throw new TailorException(ErrorCode.BAD_INPUT, "limit must not be negative: " + limit);
    }
    return limit;
  }
}
