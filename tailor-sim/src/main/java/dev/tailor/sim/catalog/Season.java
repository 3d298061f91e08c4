package dev.tailor.sim.catalog;

/** The collection a product belongs to, which limits when it is on sale. */
public enum Season {
  /** Sold all year: no availability window. */
  ALL_SEASON("all-season"),
  /** The summer collection: April to September. */
  SUMMER("summer"),
  /** The winter collection: October to March. */
  WINTER("winter"),
  /** The holiday collection, announced but not yet on sale at the end of the simulation. */
  HOLIDAY("holiday");

  private final String tag;

  Season(String tag) {
    this.tag = tag;
  }

  /** The tag written to {@code products.csv}, e.g. {@code summer}. */
  public String tag() {
    return tag;
  }
}
