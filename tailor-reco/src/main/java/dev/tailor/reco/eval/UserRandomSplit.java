package dev.tailor.reco.eval;

import dev.tailor.reco.data.InteractionLog;
import java.util.Arrays;
import java.util.Comparator;

/**
 * Per customer, a random fraction F of their distinct products goes to test with every event on
 * them; the rest stays in training. This is the per-user random (stratified) split of the Microsoft
 * Recommenders benchmarks: a customer with {@code n} distinct products keeps {@code rint((1 − F) ×
 * n)} of them (rounding half to even, as Python does) and gives the others to test, so customers
 * with a single product test nothing. The split ignores time, as that protocol does: use {@link
 * TemporalSplit} to measure forecasting.
 *
 * <p>Deterministic: whether a customer's product is tested depends only on the seed, the customer
 * id and the product ids, not on the order of the log.
 *
 * @param testFraction F, strictly between 0 and 1
 * @param seed random seed
 */
public record UserRandomSplit(double testFraction, long seed) implements Split {
  public UserRandomSplit {
    Split.checkFraction("user-random", testFraction);
  }

  @Override
  public String spec() {
    return "user-random:" + testFraction;
  }

  @Override
  public TrainTest apply(InteractionLog log) {
    if (log.size() == 0) {
      throw EvaluationException.badInput("cannot split: there are no product interactions");
    }
    CustomerRows rows = CustomerRows.of(log);
    boolean[] testRow = new boolean[log.size()];
    for (int c = 0; c < rows.customerCount(); c++) {
      markCustomer(log, rows, c, testRow);
    }
    InteractionLog train = log.filter(r -> !testRow[r]);
    InteractionLog test = log.filter(r -> testRow[r]);
    if (test.size() == 0) {
      throw EvaluationException.badInput(
          spec() + " leaves nothing to test: no customer has enough distinct products");
    }
    if (train.size() == 0) {
      throw EvaluationException.badInput(
          spec() + " leaves nothing to train on: every customer has a single product");
    }
    return new TrainTest(train, test, spec() + " seed " + seed);
  }

  private void markCustomer(InteractionLog log, CustomerRows rows, int c, boolean[] testRow) {
    int distinct = rows.distinctProducts(c);
    int testCount = distinct - (int) Math.rint((1 - testFraction) * distinct);
    if (testCount == 0) {
      return;
    }
    // Each (customer, product) pair draws a key from the seed and the two ids; the testCount
    // smallest keys go to test. Ties (hash collisions) fall back to the product id.
    int customerHash = log.customers().idOf(c).hashCode();
    long[] keys = new long[distinct];
    String[] ids = new String[distinct];
    Integer[] order = new Integer[distinct];
    int run = -1;
    for (int k = rows.start(c); k < rows.end(c); k++) {
      if (k == rows.start(c) || rows.product(k) != rows.product(k - 1)) {
        run++;
        ids[run] = log.products().idOf(rows.product(k));
        keys[run] = mix(seed, customerHash, ids[run].hashCode());
        order[run] = run;
      }
    }
    Arrays.sort(order, Comparator.<Integer>comparingLong(i -> keys[i]).thenComparing(i -> ids[i]));
    boolean[] chosen = new boolean[distinct];
    for (int i = 0; i < testCount; i++) {
      chosen[order[i]] = true;
    }
    run = -1;
    for (int k = rows.start(c); k < rows.end(c); k++) {
      if (k == rows.start(c) || rows.product(k) != rows.product(k - 1)) {
        run++;
      }
      if (chosen[run]) {
        testRow[rows.row(k)] = true;
      }
    }
  }

  /** A well-mixed 64-bit key of the seed and two hashes (the SplitMix64 finaliser). */
  static long mix(long seed, int a, int b) {
    long z = seed ^ (a * 0x9E3779B97F4A7C15L) ^ (b * 0xC2B2AE3D27D4EB4FL);
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
