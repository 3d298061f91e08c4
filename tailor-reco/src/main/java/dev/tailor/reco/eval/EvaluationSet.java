package dev.tailor.reco.eval;

import dev.tailor.core.catalog.Product;
import dev.tailor.reco.data.IdIndex;
import dev.tailor.reco.data.InteractionLog;
import dev.tailor.reco.data.Interactions;
import dev.tailor.reco.data.WeightScheme;
import dev.tailor.reco.model.TrainingData;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A split made ready for scoring: the training matrix every trainer learns from, and the relevant
 * items of each evaluated customer, in the training index space.
 *
 * <p>A test customer's relevant items are their test products with a positive weight under the
 * weight scheme that they have not interacted with (weight &gt; 0) in training and that occur in
 * training. Test customers without any weighted training interaction are cold: counted, not scored.
 * Customers left with no relevant item are counted and not scored. Test products that never occur
 * in training are counted, not silently dropped ({@link SplitSummary}).
 *
 * <p>The train and test logs may have separate id indexes (for {@code --train D1 --test D2}):
 * customers and products are then matched by id.
 */
public final class EvaluationSet {
  private final TrainingData data;
  private final int[] customers;
  private final int[][] relevant;
  private final BitSet trainedItems;
  private final SplitSummary summary;
  private final int[] categories;

  private EvaluationSet(Builder b) {
    this.data = b.data;
    this.customers = b.evaluated.stream().mapToInt(Integer::intValue).toArray();
    this.relevant = b.relevant.toArray(new int[0][]);
    this.trainedItems = b.trainedItems;
    this.summary = b.summary();
    this.categories = categories(b.data.interactions().items(), b.data.catalog());
  }

  /**
   * Prepares {@code split}: builds the training data with {@code weights} (decay measured back from
   * the newest training event; the training log is kept for time-resolved models) and the relevance
   * of each test customer. {@code catalog} (products by id, may be partial) is handed to trainers
   * and gives categories for diversity. Throws an {@link EvaluationException} (BAD_INPUT) when no
   * customer can be evaluated.
   */
  public static EvaluationSet of(
      TrainTest split, WeightScheme weights, Map<String, Product> catalog) {
    return of(split, weights, catalog, Optional.empty());
  }

  /**
   * Like {@link #of(TrainTest, WeightScheme, Map)}, keeping only the training events within {@code
   * window} of the newest training event (as {@code tailor train --window} would).
   */
  public static EvaluationSet of(
      TrainTest split,
      WeightScheme weights,
      Map<String, Product> catalog,
      Optional<Duration> window) {
    InteractionLog train = split.train();
    InteractionLog test = split.test();
    if (train.size() == 0 || test.size() == 0) {
      throw EvaluationException.badInput(
          "cannot evaluate: the training part has "
              + train.size()
              + " events and the test part "
              + test.size());
    }
    TrainingData data = TrainingData.of(train, catalog, weights, window);
    Builder b = new Builder(split, data);
    b.collect(weights.matrix(test, test.newest().orElseThrow()), test);
    if (b.evaluated.isEmpty()) {
      SplitSummary s = b.summary();
      throw EvaluationException.badInput(
          "no customer can be evaluated with "
              + split.description()
              + ": of "
              + s.testCustomers()
              + " test customers "
              + s.skippedColdCustomers()
              + " are unseen in training and "
              + s.skippedWithoutRelevant()
              + " have no relevant item left ("
              + s.droppedUnseenPairs()
              + " test pairs name products unseen in training, "
              + s.droppedRepeatPairs()
              + " repeat training interactions)");
    }
    return new EvaluationSet(b);
  }

  /** What every trainer learns from. */
  public TrainingData trainingData() {
    return data;
  }

  /** The training matrix. */
  public Interactions train() {
    return data.interactions();
  }

  public SplitSummary summary() {
    return summary;
  }

  /** Number of evaluated customers. */
  public int size() {
    return customers.length;
  }

  /** Training customer index of the {@code i}-th evaluated customer. */
  public int customer(int i) {
    return customers[i];
  }

  /**
   * Relevant training item indexes of the {@code i}-th evaluated customer, sorted; do not write.
   */
  int[] relevant(int i) {
    return relevant[i];
  }

  /** Whether training item {@code item} has at least one weighted training interaction. */
  public boolean isTrained(int item) {
    return trainedItems.get(item);
  }

  /** Number of items with training interactions: the candidate pool. */
  public int trainedItemCount() {
    return summary.trainItems();
  }

  /**
   * Category id of each training item (its full category path), or -1 when unknown; do not write.
   */
  int[] categories() {
    return categories;
  }

  private static int[] categories(IdIndex items, Map<String, Product> catalog) {
    int[] categories = new int[items.size()];
    Map<String, Integer> ids = new HashMap<>();
    for (int i = 0; i < items.size(); i++) {
      Product p = catalog.get(items.idOf(i));
      if (p == null || p.category().isEmpty()) {
        categories[i] = -1;
      } else {
        categories[i] = ids.computeIfAbsent(p.categoryPath(), k -> ids.size());
      }
    }
    return categories;
  }

  /** Accumulates the relevance of each test customer and the counts of the summary. */
  private static final class Builder {
    private final TrainTest split;
    private final TrainingData data;
    private final Interactions train;
    private final BitSet trainedItems = new BitSet();
    private final List<Integer> evaluated = new ArrayList<>();
    private final List<int[]> relevant = new ArrayList<>();
    private final BitSet unseenItems = new BitSet();
    private int trainCustomers;
    private int testCustomers;
    private int cold;
    private int withoutRelevant;
    private long relevantPairs;
    private long droppedUnseen;
    private long droppedRepeat;

    Builder(TrainTest split, TrainingData data) {
      this.split = split;
      this.data = data;
      this.train = data.interactions();
      for (int k = 0; k < train.nonZeros(); k++) {
        trainedItems.set(train.col(k));
      }
      for (int u = 0; u < train.userCount(); u++) {
        trainCustomers += train.rowLength(u) > 0 ? 1 : 0;
      }
    }

    void collect(Interactions testMatrix, InteractionLog testLog) {
      int[] customerMap = map(testLog.customers(), train.users());
      int[] productMap = map(testLog.products(), train.items());
      boolean[] inTest = new boolean[testLog.customers().size()];
      for (int r = 0; r < testLog.size(); r++) {
        inTest[testLog.customer(r)] = true;
      }
      BitSet history = new BitSet(train.itemCount());
      for (int u = 0; u < inTest.length; u++) {
        if (!inTest[u]) {
          continue;
        }
        testCustomers++;
        int tu = customerMap[u];
        boolean known = tu >= 0 && train.rowLength(tu) > 0;
        if (!known) {
          cold++;
        }
        for (int k = testMatrix.rowStart(u); k < testMatrix.rowEnd(u); k++) {
          int ti = productMap[testMatrix.col(k)];
          if (ti < 0 || !trainedItems.get(ti)) {
            unseenItems.set(testMatrix.col(k));
            droppedUnseen += known ? 1 : 0;
          }
        }
        if (known) {
          collectKnown(tu, testMatrix, u, productMap, history);
        }
      }
    }

    private void collectKnown(
        int tu, Interactions testMatrix, int u, int[] productMap, BitSet history) {
      for (int k = train.rowStart(tu); k < train.rowEnd(tu); k++) {
        history.set(train.col(k));
      }
      int[] items = new int[testMatrix.rowLength(u)];
      int n = 0;
      for (int k = testMatrix.rowStart(u); k < testMatrix.rowEnd(u); k++) {
        int ti = productMap[testMatrix.col(k)];
        if (ti < 0 || !trainedItems.get(ti)) {
          continue;
        }
        if (history.get(ti)) {
          droppedRepeat++;
        } else {
          items[n++] = ti;
        }
      }
      history.clear();
      if (n == 0) {
        withoutRelevant++;
        return;
      }
      int[] rel = Arrays.copyOf(items, n);
      Arrays.sort(rel);
      evaluated.add(tu);
      relevant.add(rel);
      relevantPairs += n;
    }

    /** For each index of {@code from}, the index of the same id in {@code to}, or -1. */
    private static int[] map(IdIndex from, IdIndex to) {
      int[] m = new int[from.size()];
      for (int i = 0; i < m.length; i++) {
        m[i] = from == to ? i : to.indexOf(from.idOf(i));
      }
      return m;
    }

    SplitSummary summary() {
      return new SplitSummary(
          split.description(),
          data.log().size(),
          split.test().size(),
          trainCustomers,
          trainedItems.cardinality(),
          testCustomers,
          evaluated.size(),
          cold,
          withoutRelevant,
          unseenItems.cardinality(),
          relevantPairs,
          droppedUnseen,
          droppedRepeat);
    }
  }
}
