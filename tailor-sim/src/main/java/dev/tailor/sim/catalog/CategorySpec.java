package dev.tailor.sim.catalog;

import java.util.List;

/**
 * A leaf of the category tree and how its products look.
 *
 * @param department the top level, e.g. {@code Women}
 * @param name the leaf, e.g. {@code Dresses}
 * @param weight relative share of the catalog's products
 * @param minPrice lowest typical mid-tier price in EUR
 * @param maxPrice highest typical mid-tier price in EUR
 * @param season the collection its seasonal items belong to ({@link Season#ALL_SEASON} if none)
 * @param seasonalShare share of its items sold only in that collection's window
 * @param nouns product nouns, e.g. {@code Wrap Dress}
 * @param materials materials, e.g. {@code Linen}
 */
public record CategorySpec(
    String department,
    String name,
    double weight,
    double minPrice,
    double maxPrice,
    Season season,
    double seasonalShare,
    List<String> nouns,
    List<String> materials) {

  public CategorySpec {
    nouns = List.copyOf(nouns);
    materials = List.copyOf(materials);
  }

  /** The path as written to {@code products.csv}, e.g. {@code Women > Dresses}. */
  public String path() {
    return department + " > " + name;
  }

  /** The path's levels, as {@code Product.category()} holds them. */
  public List<String> levels() {
    return List.of(department, name);
  }
}
