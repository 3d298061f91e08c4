package dev.tailor.reco.data;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Maps public ids (customer or product ids) to dense indexes {@code 0..size-1} and back, so models
 * work on int-indexed arrays. Immutable once built.
 */
public final class IdIndex {
  private final List<String> ids;
  private final Map<String, Integer> index;

  private IdIndex(List<String> ids, Map<String, Integer> index) {
    this.ids = ids;
    this.index = index;
  }

  /** An index over {@code ids} in the given order; duplicates are rejected. */
  public static IdIndex of(List<String> ids) {
    Builder b = new Builder();
    for (String id : ids) {
      if (b.indexOf(id) >= 0) {
        throw new IllegalArgumentException("duplicate id '" + id + "'");
      }
      b.add(id);
    }
    return b.build();
  }

  /** The index of {@code id}, or -1 when unknown. */
  public int indexOf(String id) {
    Integer i = index.get(id);
    return i == null ? -1 : i;
  }

  public String idOf(int i) {
    return ids.get(i);
  }

  public int size() {
    return ids.size();
  }

  /** The ids in index order. */
  public List<String> ids() {
    return ids;
  }

  /** Grows an index; {@link #add} returns the existing index of a known id. */
  public static final class Builder {
    private final List<String> ids = new ArrayList<>();
    private final Map<String, Integer> index = new HashMap<>();

    public int add(String id) {
      Objects.requireNonNull(id, "id");
      Integer known = index.get(id);
      if (known != null) {
        return known;
      }
      int i = ids.size();
      ids.add(id);
      index.put(id, i);
      return i;
    }

    public int indexOf(String id) {
      Integer i = index.get(id);
      return i == null ? -1 : i;
    }

    public int size() {
      return ids.size();
    }

    public IdIndex build() {
      return new IdIndex(Collections.unmodifiableList(new ArrayList<>(ids)), Map.copyOf(index));
    }
  }
}
