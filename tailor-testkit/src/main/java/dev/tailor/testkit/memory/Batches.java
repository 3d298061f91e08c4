package dev.tailor.testkit.memory;

import dev.tailor.core.ErrorCode;
import dev.tailor.core.TailorException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** Checks shared by the in-memory repositories, applied before anything is stored. */
final class Batches {
  /**
   * Ids ordered by Unicode code point, which is the order of UTF-8 bytes that SQLite and PostgreSQL
   * ({@code COLLATE "C"}) use; {@link String#compareTo} differs for characters beyond the BMP.
   */
  static final Comparator<String> ID_ORDER = Batches::compareCodePoints;

  private Batches() {}

  /** A copy of {@code items}, or BAD_INPUT when it or one of its elements is null. */
  static <T> List<T> elements(String what, Collection<T> items) {
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

  /** {@code limit}, or BAD_INPUT when it is negative. */
  static int limit(int limit) {
    if (limit < 0) {
      throw new TailorException(ErrorCode.BAD_INPUT, "limit must not be negative: " + limit);
    }
    return limit;
  }

  private static int compareCodePoints(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      int ca = a.codePointAt(i);
      int cb = b.codePointAt(j);
      if (ca != cb) {
        return Integer.compare(ca, cb);
      }
      i += Character.charCount(ca);
      j += Character.charCount(cb);
    }
    return Boolean.compare(i < a.length(), j < b.length());
  }
}
