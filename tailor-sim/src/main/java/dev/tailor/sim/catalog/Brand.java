package dev.tailor.sim.catalog;

import java.util.List;

/**
 * A brand of the shop.
 *
 * @param name display name
 * @param tier price positioning
 * @param departments the top-level categories it makes products for
 * @param weight relative size of its range
 */
public record Brand(String name, PriceTier tier, List<String> departments, double weight) {
  public Brand {
    departments = List.copyOf(departments);
  }
}
