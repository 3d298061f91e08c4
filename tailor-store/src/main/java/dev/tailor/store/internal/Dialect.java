package dev.tailor.store.internal;

/** The SQL dialects the store speaks. */
public enum Dialect {
  SQLITE("sqlite"),
  POSTGRESQL("postgresql");

  private final String id;

  Dialect(String id) {
    this.id = id;
  }

  /** Short lower-case name, used for migration folders and dialect-specific named queries. */
  public String id() {
    return id;
  }
}
