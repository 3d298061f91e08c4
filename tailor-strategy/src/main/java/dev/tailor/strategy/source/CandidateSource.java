package dev.tailor.strategy.source;

import dev.tailor.core.catalog.Product;
import dev.tailor.reco.data.IdIndex;
import dev.tailor.reco.recommend.Recommendation;
import dev.tailor.reco.recommend.RelatedItems;
import dev.tailor.strategy.rules.CustomerFacts;
import dev.tailor.strategy.spec.Scope;
import dev.tailor.strategy.spec.SourceSpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.PrimitiveIterator;
import java.util.function.Predicate;

/** Turns a {@link SourceSpec} into candidates for one customer. */
public final class CandidateSource {
  /** How many recent products seed a seeded source, and their weights. */
  static final double[] SEED_WEIGHTS = {1.0, 0.8, 0.6};

  static final int RELATED_PER_SEED = 100;

  private final ModelSet models;
  private final Map<String, Product> catalog;

  public CandidateSource(ModelSet models, Map<String, Product> catalog) {
    this.models = models;
    this.catalog = catalog;
  }

  /** The candidates of {@code spec} for {@code shopper}, best first. */
  public Proposal propose(SourceSpec spec, Shopper shopper) {
    if (spec.algorithm().isEmpty()) {
      List<Candidate> list = new ArrayList<>();
      for (int i = 0; i < spec.curated().size(); i++) {
        list.add(new Candidate(spec.curated().get(i), 1.0 - i * 1e-3, "curated", Optional.empty()));
      }
      return new Proposal(list.iterator(), Optional.empty());
    }
    ModelSet.Served served = models.get(spec.algorithm().get());
    CustomerFacts facts = shopper.facts();
    Predicate<Product> scope = scope(spec.scope(), facts);
    return switch (spec.seed()) {
      case LAST_PURCHASE -> related(served, facts.recentPurchases(), scope);
      case LAST_VIEWED -> related(served, facts.recentViews(), scope);
      case CART -> related(served, facts.cart(), scope);
      case PREFERRED_CATEGORY -> {
        Optional<String> pref = facts.preferredCategory();
        if (pref.isEmpty()) {
          yield Proposal.none("no_preferred_category");
        }
        String path = pref.get();
        yield ranked(served, shopper, scope.and(p -> p.categoryPath().equals(path)));
      }
      case NONE -> ranked(served, shopper, scope);
    };
  }

  private Predicate<Product> scope(Scope scope, CustomerFacts facts) {
    return switch (scope) {
      case ANY -> p -> true;
      case USUAL -> p -> facts.categories().containsKey(p.categoryPath());
      case OUTSIDE_USUAL ->
          p -> !p.category().isEmpty() && !facts.categories().containsKey(p.categoryPath());
    };
  }

  private Proposal ranked(ModelSet.Served served, Shopper shopper, Predicate<Product> keep) {
    PrimitiveIterator.OfInt order;
    float[] scores;
    if (served.globalOrder() != null) {
      order = Arrays.stream(served.globalOrder()).iterator();
      scores = null;
    } else {
      scores = shopper.scores(served);
      if (scores == null) {
        return Proposal.none("no_history");
      }
      order = new Ranking(scores);
    }
    IdIndex items = served.model().items();
    String algorithm = served.model().algorithm();
    int size = items.size();
    Iterator<Candidate> it =
        new Iterator<>() {
          private Candidate next;
          private int rank;

          @Override
          public boolean hasNext() {
            while (next == null && order.hasNext()) {
              int i = order.nextInt();
              rank++;
              Product p = catalog.get(items.idOf(i));
              if (p != null && keep.test(p)) {
                double s = scores == null ? 1.0 - (double) rank / (size + 1) : scores[i];
                next = new Candidate(p.id(), s, algorithm, Optional.empty());
              }
            }
            return next != null;
          }

          @Override
          public Candidate next() {
            if (!hasNext()) {
              throw new NoSuchElementException();
            }
            Candidate c = next;
            next = null;
            return c;
          }
        };
    return new Proposal(it, Optional.empty());
  }

  private Proposal related(ModelSet.Served served, List<String> seeds, Predicate<Product> keep) {
    if (seeds.isEmpty()) {
      return Proposal.none("no_seed");
    }
    if (!(served.model() instanceof RelatedItems related)) {
      return Proposal.none("model_relates_no_items");
    }
    Map<String, Candidate> best = new HashMap<>();
    int used = 0;
    for (String seed : seeds) {
      if (used == SEED_WEIGHTS.length) {
        break;
      }
      if (!related.knows(seed)) {
        continue;
      }
      double w = SEED_WEIGHTS[used++];
      for (Recommendation r : related.related(seed, RELATED_PER_SEED)) {
        Product p = catalog.get(r.productId());
        if (p == null || !keep.test(p)) {
          continue;
        }
        Candidate c =
            new Candidate(
                r.productId(), r.score() * w, served.model().algorithm(), Optional.of(seed));
        best.merge(r.productId(), c, (a, b) -> a.score() >= b.score() ? a : b);
      }
    }
    if (used == 0) {
      return Proposal.none("seed_unknown_to_model");
    }
    List<Candidate> out = new ArrayList<>(best.values());
    out.sort(
        Comparator.comparingDouble(Candidate::score)
            .reversed()
            .thenComparing(Candidate::productId));
    return new Proposal(out.iterator(), Optional.empty());
  }
}
