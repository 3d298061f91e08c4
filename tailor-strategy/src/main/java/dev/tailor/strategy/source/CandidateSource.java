package dev.tailor.strategy.source;

import dev.tailor.reco.als.AlsModel;
import dev.tailor.reco.data.IdIndex;
import dev.tailor.reco.model.Model;
import dev.tailor.reco.neighbours.NeighbourModel;
import dev.tailor.reco.neighbours.Neighbours;
import dev.tailor.reco.recommend.Recommendation;
import dev.tailor.reco.recommend.RelatedItems;
import dev.tailor.strategy.items.ItemTable;
import dev.tailor.strategy.rules.CompiledRules;
import dev.tailor.strategy.rules.CustomerFacts;
import dev.tailor.strategy.rules.Marks;
import dev.tailor.strategy.spec.Scope;
import dev.tailor.strategy.spec.SourceSpec;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PrimitiveIterator;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntPredicate;

/** Turns a {@link SourceSpec} into candidates for one customer. Thread-safe. */
public final class CandidateSource {
  /** How many recent products seed a seeded source, and their weights. */
  static final double[] SEED_WEIGHTS = {1.0, 0.8, 0.6};

  static final int RELATED_PER_SEED = 100;

  private final ModelSet models;
  private final ItemTable table;
  private final Map<String, Aligned> aligned = new HashMap<>();
  private final ThreadLocal<int[]> positions;
  private final Map<PricedKey, PricedItems> priced = new ConcurrentHashMap<>();

  /**
   * A model's items as table items and category path ids, by the model's index; for models with one
   * ranking for everyone, that ranking per category path id too.
   */
  record Aligned(int[] items, int[] paths, int[][] byCategory, Map<String, Integer> byId) {}

  public CandidateSource(ModelSet models, ItemTable table) {
    this.models = models;
    this.table = table;
    this.positions = ThreadLocal.withInitial(() -> new int[table.size()]);
    for (String a : models.algorithms()) {
      aligned.put(a, align(models.get(a)));
    }
  }

  private Aligned align(ModelSet.Served served) {
    IdIndex ids = served.model().items();
    int[] items = new int[ids.size()];
    int[] paths = new int[ids.size()];
    // keyed by the model's own id strings, which its related-item lists hand out again
    Map<String, Integer> byId = new HashMap<>(2 * items.length);
    for (int i = 0; i < items.length; i++) {
      items[i] = table.indexOf(ids.idOf(i));
      byId.put(ids.idOf(i), items[i]);
      paths[i] = items[i] == ItemTable.NONE ? ItemTable.NONE : table.path(items[i]);
    }
    int[][] byCategory = new int[table.paths()][];
    if (served.globalOrder() != null) {
      int[] counts = new int[table.paths()];
      for (int i : served.globalOrder()) {
        if (paths[i] != ItemTable.NONE) {
          counts[paths[i]]++;
        }
      }
      for (int c = 0; c < counts.length; c++) {
        byCategory[c] = new int[counts[c]];
        counts[c] = 0;
      }
      for (int i : served.globalOrder()) {
        if (paths[i] != ItemTable.NONE) {
          byCategory[paths[i]][counts[paths[i]]++] = i;
        }
      }
    }
    return new Aligned(items, paths, byCategory, byId);
  }

  /** The candidates of {@code spec} for {@code shopper}, best first. */
  public Proposal propose(SourceSpec spec, Shopper shopper) {
    return propose(spec, shopper, null);
  }

  /**
   * A slot's rules for one customer, which a source may use to leave out, without offering them,
   * candidates the rules would reject for sure (a factor model then scores and ranks only the
   * products the day rules let through inside the customer's price band). Every candidate offered
   * is still checked against the rules by the slot.
   *
   * @param unwanted by table item, true for a candidate the slot will likely pass over for another
   *     reason (too similar to what the decision holds): a hint that sizes the work of ranking,
   *     which never leaves such a candidate out
   */
  public record Restriction(CompiledRules rules, CompiledRules.Bound bound, IntPredicate unwanted) {
    public Restriction(CompiledRules rules, CompiledRules.Bound bound) {
      this(rules, bound, item -> false);
    }
  }

  /**
   * The candidates of {@code spec} for {@code shopper}, best first, leaving out products that
   * {@code restriction} (may be null) rejects for sure.
   */
  public Proposal propose(SourceSpec spec, Shopper shopper, Restriction restriction) {
    if (spec.algorithm().isEmpty()) {
      return new Proposal(Cursors.curated(spec.curated(), table), Optional.empty());
    }
    ModelSet.Served served = models.get(spec.algorithm().get());
    CustomerFacts facts = shopper.facts();
    return switch (spec.seed()) {
      case LAST_PURCHASE -> related(served, facts.recentPurchases(), spec.scope(), shopper);
      case LAST_VIEWED -> related(served, facts.recentViews(), spec.scope(), shopper);
      case CART -> related(served, facts.cart(), spec.scope(), shopper);
      case PREFERRED_CATEGORY -> {
        Optional<String> pref = facts.preferredCategory();
        if (pref.isEmpty()) {
          yield Proposal.none("no_preferred_category");
        }
        yield ranked(served, shopper, spec.scope(), table.pathIdOf(pref.get()), true, restriction);
      }
      case NONE -> ranked(served, shopper, spec.scope(), ItemTable.NONE, false, restriction);
    };
  }

  /** True when the scope lets items of category path {@code path} through. */
  static boolean inScope(Scope scope, int path, Marks marks) {
    return switch (scope) {
      case ANY -> true;
      case USUAL -> marks.usual(path);
      case OUTSIDE_USUAL -> path != ItemTable.NONE && !marks.usual(path);
    };
  }

  private Proposal ranked(
      ModelSet.Served served,
      Shopper shopper,
      Scope scope,
      int category,
      boolean inCategory,
      Restriction restriction) {
    Aligned a = aligned.get(served.model().algorithm());
    String algorithm = served.model().algorithm();
    if (served.globalOrder() != null) {
      int[] global =
          !inCategory
              ? served.globalOrder()
              : category == ItemTable.NONE ? new int[0] : a.byCategory()[category];
      PrimitiveIterator.OfInt order = Cursors.over(global);
      return new Proposal(
          new Cursors.Ranked(
              order, null, a, table, scope, shopper.marks(), category, inCategory, algorithm),
          Optional.empty());
    }
    if (restriction != null) {
      PricedItems priced = priced(served.model(), a, restriction.rules());
      int from = 0;
      int to = priced.size();
      CompiledRules.Bound bound = restriction.bound();
      if (bound.priced()) {
        from = priced.from(bound.lo());
        to = Math.max(from, priced.to(bound.hi()));
      }
      int[] leftOut = priced.left(from, to);
      IntPredicate live =
          live(a, scope, shopper.marks(), category, inCategory, bound, restriction.unwanted());
      float[] scores;
      HeadRanking order;
      int[] positionOf = null;
      if (priced.scores()) {
        float[] x = shopper.factors(served, (AlsModel) served.model());
        if (x == null) {
          return Proposal.none("no_history");
        }
        scores = priced.score(x, from, to);
        order = HeadRanking.byPosition(scores, a.items().length, priced.members(), from, to, live);
        positionOf = priced.positionOf();
      } else {
        scores = shopper.scores(served);
        if (scores == null) {
          return Proposal.none("no_history");
        }
        int[] members = priced.members();
        if (served.model() instanceof RelatedItems) {
          members = withEvidence(scores, members, from, to);
          from = 0;
          to = members.length;
        }
        order = new HeadRanking(scores, members, from, to, live);
      }
      return new Proposal(
          new Cursors.Ranked(
                  order,
                  scores,
                  a,
                  table,
                  scope,
                  shopper.marks(),
                  category,
                  inCategory,
                  algorithm,
                  leftOut)
              .byPosition(positionOf),
          Optional.empty());
    }
    float[] scores = shopper.scores(served);
    if (scores == null) {
      return Proposal.none("no_history");
    }
    PrimitiveIterator.OfInt order;
    if (served.model() instanceof RelatedItems) {
      int[] members = withEvidence(scores, null, 0, scores.length);
      order = new HeadRanking(scores, members, 0, members.length);
    } else {
      order = new Ranking(scores);
    }
    return new Proposal(
        new Cursors.Ranked(
            order, scores, a, table, scope, shopper.marks(), category, inCategory, algorithm),
        Optional.empty());
  }

  /**
   * Which model items a restricted ranking's reader will likely keep: in the catalog, the scope and
   * the category, let through by the slot's rules as they stand now and not unwanted (a hint that
   * sizes the ranking's head; the reader checks each item itself). Only for rankings restricted to
   * the products the slot's day rules and the customer's price band let through.
   */
  private static IntPredicate live(
      Aligned a,
      Scope scope,
      Marks marks,
      int category,
      boolean inCategory,
      CompiledRules.Bound b,
      IntPredicate unwanted) {
    int[] items = a.items();
    int[] paths = a.paths();
    return i -> {
      int t = items[i];
      if (t == ItemTable.NONE) {
        return false;
      }
      int path = paths[i];
      if ((inCategory && path != category) || !inScope(scope, path, marks)) {
        return false;
      }
      // the ranking holds only what the day rules and the price band let through: of the rules,
      // availability at the time and those on the customer's marked items (bought, emailed,
      // chosen) are left to ask
      return b.available(t) && (!marks.marked(t) || b.check(t) == null) && !unwanted.test(t);
    };
  }

  /**
   * The items among {@code members[from..to)} (items {@code from..to} when null) that a model
   * relating products scores other than 0: a product related to nothing in the customer's history
   * has no evidence behind it, and is left to the slot's fallbacks rather than proposed in index
   * order.
   */
  static int[] withEvidence(float[] scores, int[] members, int from, int to) {
    int[] out = new int[64];
    int n = 0;
    for (int p = from; p < to; p++) {
      int i = members == null ? p : members[p];
      if (scores[i] != 0f) {
        if (n == out.length) {
          out = java.util.Arrays.copyOf(out, 2 * n);
        }
        out[n++] = i;
      }
    }
    return java.util.Arrays.copyOf(out, n);
  }

  /** The products of {@code model} that {@code rules} can show, by price (built once per rules). */
  private PricedItems priced(Model model, Aligned a, CompiledRules rules) {
    PricedKey key = new PricedKey(model, rules);
    PricedItems p = priced.get(key);
    if (p == null) {
      if (priced.size() > 64) {
        priced.clear(); // rules are compiled per day: yesterday's are not asked for again
      }
      p = priced.computeIfAbsent(key, k -> new PricedItems(model, a.items(), table, rules));
    }
    return p;
  }

  /** Identity of a model and of a slot's compiled rules. */
  private record PricedKey(Object model, Object rules) {
    @Override
    public boolean equals(Object o) {
      return o instanceof PricedKey k && k.model == model && k.rules == rules;
    }

    @Override
    public int hashCode() {
      return 31 * System.identityHashCode(model) + System.identityHashCode(rules);
    }
  }

  private Proposal related(
      ModelSet.Served served, List<String> seeds, Scope scope, Shopper shopper) {
    if (seeds.isEmpty()) {
      return Proposal.none("no_seed");
    }
    if (!(served.model() instanceof RelatedItems related)) {
      return Proposal.none("model_relates_no_items");
    }
    Cursors.Listed out = new Cursors.Listed(table, served.model().algorithm());
    // per table item, its position in out plus one (0: not in out); cleared before returning
    int[] at = positions.get();
    try {
      return related(related, seeds, scope, shopper, out, at);
    } finally {
      for (int k = 0; k < out.size(); k++) {
        at[out.itemAt(k)] = 0;
      }
    }
  }

  private Proposal related(
      RelatedItems related,
      List<String> seeds,
      Scope scope,
      Shopper shopper,
      Cursors.Listed out,
      int[] at) {
    Map<String, Integer> byId = aligned.get(out.algorithm()).byId();
    int used = 0;
    for (String seed : seeds) {
      if (used == SEED_WEIGHTS.length) {
        break;
      }
      if (!related.knows(seed)) {
        continue;
      }
      double w = SEED_WEIGHTS[used++];
      if (related instanceof NeighbourModel lists) {
        // the same list as related(seed, n), read by index
        Neighbours n = lists.neighbours();
        int[] items = aligned.get(out.algorithm()).items();
        int from = lists.items().indexOf(seed);
        for (int r = 0; r < Math.min(RELATED_PER_SEED, n.count(from)); r++) {
          merge(
              items[n.neighbour(from, r)],
              n.similarity(from, r) * w,
              seed,
              scope,
              shopper,
              out,
              at);
        }
        continue;
      }
      for (Recommendation r : related.related(seed, RELATED_PER_SEED)) {
        Integer known = byId.get(r.productId());
        int i = known != null ? known : table.indexOf(r.productId());
        merge(i, r.score() * w, seed, scope, shopper, out, at);
      }
    }
    if (used == 0) {
      return Proposal.none("seed_unknown_to_model");
    }
    out.sortByScore();
    return new Proposal(out, Optional.empty());
  }

  /** Adds table item {@code i} with score {@code s} to {@code out}, or raises its score. */
  private void merge(
      int i, double s, String seed, Scope scope, Shopper shopper, Cursors.Listed out, int[] at) {
    if (i == ItemTable.NONE || !inScope(scope, table.path(i), shopper.marks())) {
      return;
    }
    int k = at[i] - 1;
    if (k < 0) {
      at[i] = out.size() + 1;
      out.add(i, s, seed);
    } else if (s > out.scoreAt(k)) {
      out.set(k, s, seed);
    }
  }
}
