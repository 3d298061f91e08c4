package dev.tailor.strategy.source;

import dev.tailor.strategy.items.ItemTable;
import dev.tailor.strategy.rules.Marks;
import dev.tailor.strategy.spec.Scope;
import java.util.Arrays;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.PrimitiveIterator;

/** The cursors of the sources: a ranking walked in order, and a short list of scored items. */
final class Cursors {
  private Cursors() {}

  static PrimitiveIterator.OfInt over(int[] order) {
    return new PrimitiveIterator.OfInt() {
      private int next;

      @Override
      public boolean hasNext() {
        return next < order.length;
      }

      @Override
      public int nextInt() {
        if (next >= order.length) {
          throw new NoSuchElementException();
        }
        return order[next++];
      }
    };
  }

  /** A curated list in its order, scored 1, 0.999, 0.998, ... */
  static Cursor curated(List<String> ids, ItemTable table) {
    Listed out = new Listed(table, "curated");
    for (int i = 0; i < ids.size(); i++) {
      out.add(table.indexOf(ids.get(i)), 1.0 - i * 1e-3, null, ids.get(i));
    }
    return out;
  }

  /**
   * A model's items in ranking order, kept to the scope (and to one category path when {@code
   * inCategory}); scored by the model (from {@code scores}) or by rank for a ranking shared by
   * everyone.
   */
  static final class Ranked extends Cursor {
    private final PrimitiveIterator.OfInt order;
    private final float[] scores;
    private final CandidateSource.Aligned aligned;
    private final ItemTable table;
    private final Scope scope;
    private final Marks marks;
    private final int category;
    private final boolean inCategory;
    private final String algorithm;
    private final int size;
    private final int[] leftOut;

    /** Per item, its index in {@code scores} when those are by position; null when by item. */
    private int[] positionOf;

    private int rank;
    private int item;
    private double score;

    Ranked(
        PrimitiveIterator.OfInt order,
        float[] scores,
        CandidateSource.Aligned aligned,
        ItemTable table,
        Scope scope,
        Marks marks,
        int category,
        boolean inCategory,
        String algorithm) {
      this(order, scores, aligned, table, scope, marks, category, inCategory, algorithm, null);
    }

    /**
     * @param leftOut per rejection, the products the ranking leaves out because the rules reject
     *     them, or null
     */
    Ranked(
        PrimitiveIterator.OfInt order,
        float[] scores,
        CandidateSource.Aligned aligned,
        ItemTable table,
        Scope scope,
        Marks marks,
        int category,
        boolean inCategory,
        String algorithm,
        int[] leftOut) {
      this.leftOut = leftOut;
      this.order = order;
      this.scores = scores;
      this.aligned = aligned;
      this.table = table;
      this.scope = scope;
      this.marks = marks;
      this.category = category;
      this.inCategory = inCategory;
      this.algorithm = algorithm;
      this.size = aligned.items().length;
    }

    @Override
    public boolean next() {
      int[] items = aligned.items();
      int[] paths = aligned.paths();
      while (order.hasNext()) {
        int i = order.nextInt();
        rank++;
        int t = items[i];
        if (t == ItemTable.NONE) {
          continue;
        }
        int path = paths[i];
        if ((inCategory && path != category) || !CandidateSource.inScope(scope, path, marks)) {
          continue;
        }
        item = t;
        if (scores != null) {
          score = scores[positionOf == null ? i : positionOf[i]];
        } else {
          score = 1.0 - (double) rank / (size + 1);
        }
        return true;
      }
      return false;
    }

    /**
     * Reads scores by position: item {@code i}'s score is {@code scores[positionOf[i]]} (null: by
     * item).
     */
    Ranked byPosition(int[] positionOf) {
      this.positionOf = positionOf;
      return this;
    }

    @Override
    public void addLeftOut(int[] rejected) {
      if (leftOut != null) {
        for (int r = 0; r < leftOut.length; r++) {
          rejected[r] += leftOut[r];
        }
      }
    }

    @Override
    public int item() {
      return item;
    }

    @Override
    public String productId() {
      return table.product(item).id();
    }

    @Override
    public double score() {
      return score;
    }

    @Override
    public String seed() {
      return null;
    }

    @Override
    public String algorithm() {
      return algorithm;
    }
  }

  /** A short list of scored items (related items, curated lists), walked in list order. */
  static final class Listed extends Cursor {
    private final ItemTable table;
    private final String algorithm;
    private int[] items = new int[16];
    private double[] scores = new double[16];
    private String[] seeds = new String[16];
    private String[] ids = new String[16];
    private int size;
    private int at = -1;

    Listed(ItemTable table, String algorithm) {
      this.table = table;
      this.algorithm = algorithm;
    }

    int size() {
      return size;
    }

    int itemAt(int k) {
      return items[k];
    }

    double scoreAt(int k) {
      return scores[k];
    }

    void add(int item, double score, String seed) {
      add(item, score, seed, null);
    }

    void add(int item, double score, String seed, String id) {
      if (size == items.length) {
        items = Arrays.copyOf(items, size * 2);
        scores = Arrays.copyOf(scores, size * 2);
        seeds = Arrays.copyOf(seeds, size * 2);
        ids = Arrays.copyOf(ids, size * 2);
      }
      items[size] = item;
      scores[size] = score;
      seeds[size] = seed;
      ids[size] = id != null ? id : table.product(item).id();
      size++;
    }

    void set(int k, double score, String seed) {
      scores[k] = score;
      seeds[k] = seed;
    }

    /** Orders by score, best first, then by product id. */
    void sortByScore() {
      Integer[] order = new Integer[size];
      for (int k = 0; k < size; k++) {
        order[k] = k;
      }
      Arrays.sort(
          order,
          (a, b) -> {
            int c = Double.compare(scores[b], scores[a]);
            return c != 0 ? c : ids[a].compareTo(ids[b]);
          });
      int[] i2 = new int[size];
      double[] s2 = new double[size];
      String[] seed2 = new String[size];
      String[] id2 = new String[size];
      for (int k = 0; k < size; k++) {
        i2[k] = items[order[k]];
        s2[k] = scores[order[k]];
        seed2[k] = seeds[order[k]];
        id2[k] = ids[order[k]];
      }
      items = i2;
      scores = s2;
      seeds = seed2;
      ids = id2;
    }

    @Override
    public boolean next() {
      if (at + 1 >= size) {
        at = size;
        return false;
      }
      at++;
      return true;
    }

    @Override
    public int item() {
      return items[at];
    }

    @Override
    public String productId() {
      return ids[at];
    }

    @Override
    public double score() {
      return scores[at];
    }

    @Override
    public String seed() {
      return seeds[at];
    }

    @Override
    public String algorithm() {
      return algorithm;
    }
  }
}
