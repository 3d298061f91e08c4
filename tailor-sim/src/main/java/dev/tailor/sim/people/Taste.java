package dev.tailor.sim.people;

import dev.tailor.sim.catalog.PriceTier;

/**
 * The hidden preferences that generate one customer's behaviour. They are written to {@code
 * hidden-tastes.csv} (never imported) so that models can be checked against them. Arrays are owned
 * by the record and must not be modified.
 *
 * @param categories favourite leaf categories (indexes into the range plan), strongest first
 * @param categoryWeights affinity of each favourite category; they sum to 1
 * @param brands favourite brands (indexes into the range plan), strongest first
 * @param brandWeights affinity of each favourite brand; they sum to 1
 * @param tier the price tier the customer buys from by preference
 * @param priceSensitivity 0..1: how strongly products of other tiers are avoided
 * @param exploration 0..1: share of browsing that ignores the favourite categories
 * @param activity expected browsing sessions per 30 days (heavy-tailed across customers)
 * @param preferredHour local hour of the day (0-23) around which the customer shops
 * @param openRate chance of opening a delivered newsletter
 * @param clickRate chance of clicking a product in an opened newsletter
 * @param unsubscribeRate chance of unsubscribing on receiving a newsletter
 * @param badAddress true if mail to the customer bounces
 */
public record Taste(
    int[] categories,
    double[] categoryWeights,
    int[] brands,
    double[] brandWeights,
    PriceTier tier,
    double priceSensitivity,
    double exploration,
    double activity,
    int preferredHour,
    double openRate,
    double clickRate,
    double unsubscribeRate,
    boolean badAddress) {

  /** The affinity of {@code category}, 0 if it is not a favourite. */
  public double categoryWeight(int category) {
    for (int i = 0; i < categories.length; i++) {
      if (categories[i] == category) {
        return categoryWeights[i];
      }
    }
    return 0;
  }

  /** The affinity of {@code brand}, 0 if it is not a favourite. */
  public double brandWeight(int brand) {
    for (int i = 0; i < brands.length; i++) {
      if (brands[i] == brand) {
        return brandWeights[i];
      }
    }
    return 0;
  }
}
