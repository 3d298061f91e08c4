package dev.tailor.strategy.source;

import dev.tailor.reco.als.AlsModel;
import dev.tailor.reco.batch.ItemFactorScorer;
import dev.tailor.reco.model.Model;
import dev.tailor.strategy.items.ItemTable;
import dev.tailor.strategy.rules.CompiledRules;
import dev.tailor.strategy.rules.Rejection;
import java.nio.FloatBuffer;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * The products of a factor model that one slot's day rules can still show (right type, in stock,
 * inside the slot's selection), ordered by price, with their factors in that order: a customer's
 * price band is then one run of them, and only that run is scored and ranked. The products left out
 * are counted by the rule that rejects them, for a slot that ends short. Immutable and thread-safe.
 */
final class PricedItems {
  private static final Rejection[] REJECTIONS = Rejection.values();

  /** Model indexes, cheapest first (products without a price first, as the rules price them -1). */
  private final int[] members;

  private final double[] prices;

  /** Per model index, its position in {@link #members}, or -1. */
  private final int[] positionOf;

  /** The members' factors in their order; null for a model that is not a factor model. */
  private final ItemFactorScorer scorer;

  /** Per rejection, the catalog's model products that the day rules reject for everyone. */
  private final int[] rejected;

  /**
   * @param model the personal model; its factors are kept in price order when it is an {@link
   *     AlsModel}
   */
  PricedItems(Model model, int[] tableItems, ItemTable table, CompiledRules rules) {
    int[] rejected = new int[REJECTIONS.length];
    int[] kept =
        IntStream.range(0, tableItems.length)
            .filter(
                i -> {
                  int t = tableItems[i];
                  if (t == ItemTable.NONE) {
                    return false;
                  }
                  Rejection r = rules.staticRejection(t);
                  if (r != null) {
                    rejected[r.ordinal()]++;
                  }
                  return r == null;
                })
            .boxed()
            .sorted(Comparator.comparingDouble((Integer i) -> price(table, tableItems[i])))
            .mapToInt(Integer::intValue)
            .toArray();
    this.members = kept;
    this.rejected = rejected;
    this.prices = new double[kept.length];
    this.positionOf = new int[tableItems.length];
    Arrays.fill(positionOf, -1);
    for (int k = 0; k < kept.length; k++) {
      positionOf[kept[k]] = k;
      prices[k] = price(table, tableItems[kept[k]]);
    }
    if (model instanceof AlsModel als && als.factors() > 0) {
      int f = als.factors();
      FloatBuffer all = als.itemFactors();
      float[] rows = new float[kept.length * f];
      for (int k = 0; k < kept.length; k++) {
        all.get(kept[k] * f, rows, k * f, f);
      }
      this.scorer = new ItemFactorScorer(rows, kept.length, f);
    } else {
      this.scorer = null;
    }
  }

  /** True when {@link #score} can score the members (a factor model). */
  boolean scores() {
    return scorer != null;
  }

  /** The price as the rules read it: -1 without one. */
  private static double price(ItemTable table, int item) {
    double p = table.price(item);
    return Double.isNaN(p) ? -1.0 : p;
  }

  int size() {
    return members.length;
  }

  int[] members() {
    return members;
  }

  /** The first position priced at least {@code lo}. */
  int from(double lo) {
    int k = Arrays.binarySearch(prices, lo);
    if (k < 0) {
      return -k - 1;
    }
    while (k > 0 && prices[k - 1] >= lo) {
      k--;
    }
    return k;
  }

  /** The first position priced above {@code hi}. */
  int to(double hi) {
    int k = Arrays.binarySearch(prices, hi);
    if (k < 0) {
      return -k - 1;
    }
    while (k < prices.length && prices[k] <= hi) {
      k++;
    }
    return k;
  }

  /** Per model index, its position among the members, or -1 when it is not one. */
  int[] positionOf() {
    return positionOf;
  }

  /**
   * The scores of the products at positions {@code [from, to)} for customer factors {@code x}, by
   * position (the same floats as the model's own scoring); other positions are 0.
   */
  float[] score(float[] x, int from, int to) {
    float[] run = new float[to];
    scorer.score(x, 0, from, to, run);
    return run;
  }

  /**
   * Per rejection, the products a ranking of positions {@code [from, to)} leaves out: the ones the
   * day rules reject, and the ones outside the price band.
   */
  int[] left(int from, int to) {
    int[] out = rejected.clone();
    out[Rejection.PRICE_BAND.ordinal()] += members.length - (to - from);
    return out;
  }
}
