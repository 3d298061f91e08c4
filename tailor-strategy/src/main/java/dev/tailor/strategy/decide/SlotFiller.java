package dev.tailor.strategy.decide;

import dev.tailor.core.catalog.Product;
import dev.tailor.core.decision.DecisionItem;
import dev.tailor.strategy.diversity.SimilarityIndex;
import dev.tailor.strategy.explain.Explanations;
import dev.tailor.strategy.explore.Explorer;
import dev.tailor.strategy.rules.Caps;
import dev.tailor.strategy.rules.Rejection;
import dev.tailor.strategy.rules.RuleSet;
import dev.tailor.strategy.source.Candidate;
import dev.tailor.strategy.source.CandidateSource;
import dev.tailor.strategy.source.Proposal;
import dev.tailor.strategy.spec.DiversitySpec;
import dev.tailor.strategy.spec.FallbackSpec;
import dev.tailor.strategy.spec.Goal;
import dev.tailor.strategy.spec.SlotKind;
import dev.tailor.strategy.spec.SlotSpec;
import dev.tailor.strategy.spec.SourceSpec;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Iterator;
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

  private final SlotSpec slot;
  private final Goal goal;
  private final DiversitySpec diversity;
  private final CandidateSource source;
  private final Map<String, Product> catalog;
  private final Explorer explorer;
  private final SimilarityIndex similarity;

  SlotFiller(
      SlotSpec slot,
      Goal goal,
      DiversitySpec diversity,
      CandidateSource source,
      Map<String, Product> catalog,
      Explorer explorer,
      SimilarityIndex similarity) {
    this.slot = slot;
    this.goal = goal;
    this.diversity = diversity;
    this.source = source;
    this.catalog = catalog;
    this.explorer = explorer;
    this.similarity = similarity;
  }

  SlotSpec slot() {
    return slot;
  }

  /** The slot's items and, when short, the reason code and text. */
  record Filled(List<DecisionItem> items, Optional<String> shortfall) {}

  Filled fill(DecisionState state, RuleSet rules, SplittableRandom random) {
    RuleSet.Bound bound = rules.bind(state.shopper.facts(), state.shown);
    Caps caps = rules.caps();
    Map<Rejection, Integer> rejected = new EnumMap<>(Rejection.class);
    List<DecisionItem> items = new ArrayList<>();
    List<Product> mine = new ArrayList<>();
    Proposal first = source.propose(slot.source(), state.shopper);
    List<Scored> pool = collect(first.candidates(), bound, rules, state, rejected);
    select(
        pool,
        Optional.empty(),
        slot.source(),
        new Pick(state, caps, items, mine, rejected, random),
        state.chosen.size());
    for (FallbackSpec f : slot.fallbacks()) {
      if (items.size() >= slot.count()) {
        break;
      }
      DecisionState.Pooled fb =
          state.pools.computeIfAbsent(
              List.of(f.source(), slot.rules(), want()),
              k -> {
                Map<Rejection, Integer> r = new EnumMap<>(Rejection.class);
                Proposal p = source.propose(f.source(), state.shopper);
                List<Scored> read = collect(p.candidates(), bound, rules, state, r);
                return new DecisionState.Pooled(read, r, state.chosen.size());
              });
      fb.rejected().forEach((k, v) -> rejected.merge(k, v, Integer::sum));
      select(
          fb.pool(),
          Optional.of(f.name()),
          f.source(),
          new Pick(state, caps, items, mine, rejected, null),
          fb.chosenAt());
    }
    if (items.size() >= slot.count()) {
      return new Filled(items, Optional.empty());
    }
    return new Filled(
        items, Optional.of(Shortfall.describe(slot.count(), items.size(), first, rejected)));
  }

  private List<Scored> collect(
      Iterator<Candidate> it,
      RuleSet.Bound bound,
      RuleSet rules,
      DecisionState state,
      Map<Rejection, Integer> rejected) {
    int want = want();
    List<Candidate> kept = new ArrayList<>();
    List<Product> products = new ArrayList<>();
    int pulls = 0;
    while (kept.size() < want && pulls < MAX_PULLS && it.hasNext()) {
      Candidate c = it.next();
      pulls++;
      Product p = catalog.get(c.productId());
      Rejection r = check(c, p, bound, state);
      if (r != null) {
        rejected.merge(r, 1, Integer::sum);
        continue;
      }
      kept.add(c);
      products.add(p);
    }
    double min = kept.stream().mapToDouble(Candidate::score).min().orElse(0);
    double max = kept.stream().mapToDouble(Candidate::score).max().orElse(0);
    List<Scored> out = new ArrayList<>();
    for (int i = 0; i < kept.size(); i++) {
      Product p = products.get(i);
      double rel = GoalScore.relevance(kept.get(i).score(), min, max);
      List<String> boosts = new ArrayList<>();
      double s = GoalScore.of(goal, rel, p, state.shopper.facts()) * rules.boost(p, boosts);
      out.add(new Scored(kept.get(i), p, s, boosts));
    }
    out.sort(Comparator.comparingDouble(Scored::score).reversed());
    return out;
  }

  /** How many candidates that pass the rules a slot reads from one source. */
  private int want() {
    return slot.count() * 3 + slot.exploration().pool();
  }

  private Rejection check(Candidate c, Product p, RuleSet.Bound bound, DecisionState state) {
    if (p == null) {
      return Rejection.NOT_IN_CATALOG;
    }
    String type = p.attributes().getOrDefault("type", "product");
    if (slot.kind() == SlotKind.PRODUCT
        ? !type.equals("product")
        : !type.equals(slot.contentType())) {
      return Rejection.WRONG_TYPE;
    }
    if (state.used.contains(c.productId())) {
      return Rejection.DUPLICATE;
    }
    Optional<Rejection> r = bound.check(p);
    if (r.isPresent()) {
      return r.get();
    }
    return similarity.max(p, state.chosen) >= diversity.threshold() ? Rejection.TOO_SIMILAR : null;
  }

  /** The running selection of one slot; {@code random} is null where nothing is explored. */
  private record Pick(
      DecisionState state,
      Caps caps,
      List<DecisionItem> items,
      List<Product> mine,
      Map<Rejection, Integer> rejected,
      SplittableRandom random) {}

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
      left.add(new Entry(s, similarity.max(s.product(), pick.mine)));
    }
    // pool items were checked against the items chosen before checkedFrom when they were read
    int checked = checkedFrom;
    while (pick.items.size() < slot.count()) {
      purge(left, pick, checked);
      checked = pick.state.chosen.size();
      if (left.isEmpty()) {
        return;
      }
      int best = mmrBest(left);
      Explorer.Choice choice =
          pick.random == null
              ? new Explorer.Choice(best, 1.0, false)
              : explorer.choose(
                  left.stream().map(e -> e.scored.candidate().productId()).toList(),
                  best,
                  pick.random);
      Scored s = left.remove(choice.index()).scored;
      List<String> shaping = new ArrayList<>(s.boosts());
      if (choice.index() != 0 && !choice.explored()) {
        shaping.add("diversity:mmr");
      }
      Optional<Product> seed = s.candidate().seed().map(catalog::get);
      String why =
          Explanations.of(src, s.candidate().algorithm(), s.product(), seed, fallback.isPresent());
      pick.items.add(
          new DecisionItem(
              s.product().id(),
              pick.items.size() + 1,
              s.score(),
              s.candidate().algorithm(),
              src.describe() + s.candidate().seed().map(x -> "@" + x).orElse(""),
              shaping,
              fallback,
              choice.explored() ? why + " (something different)" : why,
              choice.propensity(),
              choice.explored()));
      pick.mine.add(s.product());
      pick.caps.add(s.product());
      pick.state.used.add(s.product().id());
      pick.state.chosen.add(s.product());
    }
  }

  /**
   * Drops what the caps, dedup or the similarity ceiling now rule out (they only tighten),
   * comparing with the items chosen since {@code checked}, which this slot chose.
   */
  private void purge(List<Entry> left, Pick pick, int checked) {
    List<Product> added = pick.state.chosen.subList(checked, pick.state.chosen.size());
    left.removeIf(
        e -> {
          Product p = e.scored.product();
          Rejection r = null;
          if (pick.state.used.contains(p.id())) {
            r = Rejection.DUPLICATE;
          } else if (!pick.caps.allows(p)) {
            r = Rejection.CAP;
          } else {
            for (Product x : added) {
              double sim = similarity.of(p, x);
              e.simMine = Math.max(e.simMine, sim);
              if (sim >= diversity.threshold()) {
                r = Rejection.TOO_SIMILAR;
                break;
              }
            }
          }
          if (r != null) {
            pick.rejected.merge(r, 1, Integer::sum);
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
