package dev.tailor.core.event;

import java.util.Comparator;

/**
 * The order in which {@link EventRepository#scanByCustomer} hands out customers: by the Unicode
 * code points of their ids, which is the byte order of their UTF-8 encoding (SQLite's {@code
 * BINARY} and PostgreSQL's {@code "C"} collation). {@link String#compareTo} differs from it only
 * for characters outside the Basic Multilingual Plane.
 */
public final class CustomerOrder {
  /** Compares ids by code points. */
  public static final Comparator<String> IDS = CustomerOrder::compare;

  private CustomerOrder() {}

  public static int compare(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      int x = a.codePointAt(i);
      int y = b.codePointAt(j);
      if (x != y) {
        return Integer.compare(x, y);
      }
      i += Character.charCount(x);
      j += Character.charCount(y);
    }
    return Integer.compare(a.length() - i, b.length() - j);
  }
}
