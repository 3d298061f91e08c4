package dev.tailor.ingest.read;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The field names of a source file with a fast name-to-position lookup. */
public final class Header {
  private final List<String> names;
  private final Map<String, Integer> positions;

  /**
   * A header over {@code names}, in file order.
   *
   * @throws ReadException when a name is blank or repeated
   */
  public Header(List<String> names) {
    this.names = List.copyOf(names);
    this.positions = new HashMap<>(names.size() * 2);
    for (int i = 0; i < this.names.size(); i++) {
      String name = this.names.get(i);
      if (name.isBlank()) {
        throw new ReadException("column " + (i + 1) + " of the header has no name");
      }
      if (positions.putIfAbsent(name, i) != null) {
        throw new ReadException("column '" + name + "' appears twice in the header");
      }
    }
  }

  public List<String> names() {
    return names;
  }

  public int size() {
    return names.size();
  }

  /** The 0-based position of {@code name}, or -1 when absent. */
  public int indexOf(String name) {
    Integer i = positions.get(name);
    return i == null ? -1 : i;
  }

  public boolean contains(String name) {
    return positions.containsKey(name);
  }

  /** The first name of this header that holds U+FFFD, i.e. was not valid UTF-8. */
  public Optional<String> findUndecodable() {
    return names.stream().filter(n -> n.indexOf(Utf8.REPLACEMENT) >= 0).findFirst();
  }
}
