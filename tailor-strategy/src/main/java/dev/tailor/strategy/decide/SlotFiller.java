package dev.tailor.strategy.decide;

import dev.tailor.core.catalog.Product;
import dev.tailor.core.decision.DecisionItem;
import dev.tailor.strategy.diversity.SimilarityIndex;
import dev.tailor.strategy.explain.Explanations;
import dev.tailor.strategy.explore.ArmChooser;
import dev.tailor.strategy.explore.Explorer;
import dev.tailor.strategy.items.ItemTable;
import dev.tailor.strategy.rules.CompiledRules;
import dev.tailor.strategy.rules.ItemCaps;
import dev.tailor.strategy.rules.Rejection;
import dev.tailor.strategy.rules.RuleSet;
import dev.tailor.strategy.source.CandidateSource;
import dev.tailor.strategy.source.Cursor;
import dev.tailor.strategy.source.Proposal;
import dev.tailor.strategy.spec.DiversitySpec;
import dev.tailor.strategy.spec.FallbackSpec;
import dev.tailor.strategy.spec.Goal;
import dev.tailor.strategy.spec.SlotSpec;
import dev.tailor.strategy.spec.SourceSpec;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Fills one slot of one decision: the source's candidates through the hard rules, ranked by the
 * goal and boosts, chosen by maximal marginal relevance under the caps and the similarity ceiling
 * (with exploration), then each fallback the same way until the slot is full.
 */
final class SlotFiller {
  /** At most this many candidates are read from one source for one slot. */
  static final int MAX_PULLS = 1_000;

  private static final Rejection[] REJECTIONS = Rejection.values();

  private final SlotSpec slot;
  private final Goal goal;
  private final DiversitySpec diversity;
  private final CandidateSource source;
  private final ItemTable table;
  private final Explorer explorer;
  private final SimilarityIndex similarity;
  private final int[] poolIds;
  private final ArmChooser arms;

  /**
   * @param poolIds per fallback of the slot, the id under which a decision shares its pool with
   *     other slots that read the same fallback under the same rules
   * @param arms chooses the slot's source per decision; null when the slot has one source
   */
  SlotFiller(
      SlotSpec slot,
      DiversitySpec diversity,
      Goal goal,
      Engine engine,
      Explorer explorer,
      int[] poolIds,
      ArmChooser arms) {
    this.slot = slot;
    this.goal = goal;
    this.diversity = diversity;
    this.source = engine.source();
    this.table = engine.table();
    this.explorer = explorer;
    this.similarity = engine.similarity();
    this.poolIds = poolIds;
    this.arms = arms;
  }

  /** What the slot fillers of one engine share. */
  record Engine(CandidateSource source, ItemTable table, SimilarityIndex similarity) {}

  SlotSpec slot() {
    return slot;
  }

  /** The slot's items and, when short, the reason code and text. */
  record Filled(List<DecisionItem> items, Optional<String> shortfall) {}

  Filled fill(DecisionState state, RuleSet rules, CompiledRules compiled, SplittableRandom random) {
    CompiledRules.Bound bound =
        compiled.bind(rules.bind(state.shopper.facts(), state.shown), state.marks);
    ItemCaps caps = new ItemCaps(table, rules.spec().maxPerBrand(), rules.spec().maxPerCategory());
    int[] rejected = new int[REJECTIONS.length];
    List<DecisionItem> items = new ArrayList<>();
    Mine mine = new Mine();
    CandidateSource.Restriction restriction =
        new CandidateSource.Restriction(
            compiled,
            bound,
            item ->
                similarity.reaches(item, state.chosen, state.chosenCount, diversity.threshold()));
    ArmChooser.Choice arm = arms == null ? null : arms.choose(random);
    SourceSpec src = arm == null ? slot.source() : arm.source();
    Proposal first = source.propose(src, state.shopper, restriction);
    List<Scored> pool = collect(first.candidates(), bound, state, rejected);
    select(
        pool,
        Optional.empty(),
        src,
        new Pick(state, caps, items, mine, rejected, random, arm),
        state.chosenCount);
    List<FallbackSpec> fallbacks = slot.fallbacks();
    for (int k = 0; k < fallbacks.size(); k++) {
      if (items.size() >= slot.count()) {
        break;
      }
      FallbackSpec f = fallbacks.get(k);
      DecisionState.Pooled fb =
          state.pools.computeIfAbsent(
              poolIds[k],
              key -> {
                int[] r = new int[REJECTIONS.length];
                Proposal p = source.propose(f.source(), state.shopper, restriction);
                List<Scored> read = collect(p.candidates(), bound, state, r);
                return new DecisionState.Pooled(read, r, state.chosenCount);
              });
      for (int r = 0; r < rejected.length; r++) {
        rejected[r] += fb.rejected()[r];
      }
      select(
          fb.pool(),
          Optional.of(f.name()),
          f.source(),
          new Pick(state, caps, items, mine, rejected, null, arm),
          fb.chosenAt());
    }
    if (items.size() >= slot.count()) {
      return new Filled(items, Optional.empty());
    }
    return new Filled(
        items, Optional.of(Shortfall.describe(slot.count(), items.size(), first, asMap(rejected))));
  }

  private static Map<Rejection, Integer> asMap(int[] counts) {
    Map<Rejection, Integer> out = new EnumMap<>(Rejection.class);
    for (int r = 0; r < counts.length; r++) {
      if (counts[r] > 0) {
        out.put(REJECTIONS[r], counts[r]);
      }
    }
    return out;
  }

  private List<Scored> collect(
      Cursor it, CompiledRules.Bound bound, DecisionState state, int[] rejected) {
    int want = want();
    List<Scored> kept = new ArrayList<>(want);
    int pulls = 0;
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    while (kept.size() < want && pulls < MAX_PULLS && it.next()) {
      pulls++;
      int item = it.item();
      Rejection r = item == ItemTable.NONE ? Rejection.NOT_IN_CATALOG : bound.check(item);
      if (r == null
          && similarity.reaches(item, state.chosen, state.chosenCount, diversity.threshold())) {
        r = Rejection.TOO_SIMILAR;
      }
      if (r != null) {
        rejected[r.ordinal()]++;
        continue;
      }
      double score = it.score();
      min = Math.min(min, score);
      max = Math.max(max, score);
      kept.add(new Scored(it.candidate(), item, table.product(item), score, List.of()));
    }
    if (kept.size() < want) {
      it.addLeftOut(rejected);
    }
    List<Scored> out = new ArrayList<>(kept.size());
    for (Scored k : kept) {
      Product p = k.product();
      double rel = GoalScore.relevance(k.score(), min, max);
      int boosts = bound.boosts(k.item());
      double s = GoalScore.of(goal, rel, p, state.shopper.facts()) * bound.boost(k.item(), boosts);
      out.add(new Scored(k.candidate(), k.item(), p, s, bound.boostNames(boosts)));
    }
    out.sort(Comparator.comparingDouble(Scored::score).reversed());
    return out;
  }

  /** How many candidates that pass the rules a slot reads from one source. */
  private int want() {
    return slot.count() * 3 + slot.exploration().pool();
  }

  /** The items this slot chose so far. */
  private static final class Mine {
    int[] items = new int[8];
    int count;

    void add(int item) {
      if (count == items.length) {
        items = java.util.Arrays.copyOf(items, 2 * count);
      }
      items[count++] = item;
    }
  }

  /**
   * The running selection of one slot; {@code random} is null where nothing is explored, {@code
   * arm} the arm chosen for the slot (null when it has one source).
   */
  private record Pick(
      DecisionState state,
      ItemCaps caps,
      List<DecisionItem> items,
      Mine mine,
      int[] rejected,
      SplittableRandom random,
      ArmChooser.Choice arm) {}

  /** A candidate still in play, with its highest similarity to the slot's items so far. */
  private static final class Entry {
    final Scored scored;
    double simMine;

    Entry(Scored scored, double simMine) {
      this.scored = scored;
      this.simMine = simMine;
    }
  }

  private void select(
      List<Scored> pool, Optional<String> fallback, SourceSpec src, Pick pick, int checkedFrom) {
    List<Entry> left = new ArrayList<>(pool.size());
    for (Scored s : pool) {
      left.add(new Entry(s, similarity.max(s.item(), pick.mine.items, 0, pick.mine.count)));
    }
    List<String> ids =
        new AbstractList<>() {
          @Override
          public String get(int index) {
            return left.get(index).scored.candidate().productId();
          }

          @Override
          public int size() {
            return left.size();
          }
        };
    // pool items were checked against the items chosen before checkedFrom when they were read
    int checked = checkedFrom;
    while (pick.items.size() < slot.count()) {
      purge(left, pick, checked);
      checked = pick.state.chosenCount;
      if (left.isEmpty()) {
        return;
      }
      int best = mmrBest(left);
      Explorer.Choice choice =
          pick.random == null
              ? new Explorer.Choice(best, 1.0, false)
              : explorer.choose(ids, best, pick.random);
      Scored s = left.remove(choice.index()).scored;
      pick.items.add(item(s, choice, fallback, src, pick.items.size() + 1, pick.arm));
      pick.mine.add(s.item());
      pick.caps.add(s.item());
      pick.state.choose(s.item());
    }
  }

  /** The shown item; its propensity is P(arm) × P(item | arm) when the slot chose an arm. */
  private DecisionItem item(
      Scored s,
      Explorer.Choice choice,
      Optional<String> fallback,
      SourceSpec src,
      int position,
      ArmChooser.Choice arm) {
    List<String> shaping = s.boosts();
    if (choice.index() != 0 && !choice.explored()) {
      shaping = new ArrayList<>(shaping);
      shaping.add("diversity:mmr");
    }
    Optional<Product> seed =
        s.candidate()
            .seed()
            .map(table::indexOf)
            .filter(i -> i != ItemTable.NONE)
            .map(table::product);
    String why =
        Explanations.of(src, s.candidate().algorithm(), s.product(), seed, fallback.isPresent());
    return new DecisionItem(
        s.product().id(),
        position,
        s.score(),
        s.candidate().algorithm(),
        src.describe() + s.candidate().seed().map(x -> "@" + x).orElse(""),
        shaping,
        fallback,
        choice.explored() ? why + " (something different)" : why,
        arm == null ? choice.propensity() : choice.propensity() * arm.propensity(),
        choice.explored() || (arm != null && arm.explored()));
  }

  /**
   * Drops what the caps, dedup or the similarity ceiling now rule out (they only tighten),
   * comparing with the items chosen since {@code checked}, which this slot chose.
   */
  private void purge(List<Entry> left, Pick pick, int checked) {
    int[] chosen = pick.state.chosen;
    int to = pick.state.chosenCount;
    left.removeIf(
        e -> {
          int item = e.scored.item();
          Rejection r = null;
          if (pick.state.marks.used(item)) {
            r = Rejection.DUPLICATE;
          } else if (!pick.caps.allows(item)) {
            r = Rejection.CAP;
          } else {
            for (int k = checked; k < to; k++) {
              double bound = similarity.atMost(item, chosen[k]);
              if (bound <= e.simMine && bound < diversity.threshold()) {
                continue; // can neither raise simMine nor reach the ceiling
              }
              double sim = similarity.of(item, chosen[k]);
              e.simMine = Math.max(e.simMine, sim);
              if (sim >= diversity.threshold()) {
                r = Rejection.TOO_SIMILAR;
                break;
              }
            }
          }
          if (r != null) {
            pick.rejected[r.ordinal()]++;
          }
          return r != null;
        });
  }

  private int mmrBest(List<Entry> left) {
    double top = left.get(0).scored.score();
    double lambda = diversity.lambda();
    int best = 0;
    double bestValue = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < left.size(); i++) {
      double rel = top > 0 ? left.get(i).scored.score() / top : 0;
      double v = lambda * rel - (1 - lambda) * left.get(i).simMine;
      if (v > bestValue) {
        bestValue = v;
        best = i;
      }
    }
    return best;
  }
}
