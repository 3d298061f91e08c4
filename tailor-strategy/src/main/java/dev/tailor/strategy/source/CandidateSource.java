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
  private final Map<String, Aligned> aligned = new HashMap<>();

  /**
   * A model's items as catalog products and category paths, by the model's index; for models with
   * one ranking for everyone, that ranking per category path too.
   */
  private record Aligned(Product[] products, String[] paths, Map<String, int[]> byCategory) {}

  public CandidateSource(ModelSet models, Map<String, Product> catalog) {
    this.models = models;
    this.catalog = catalog;
    for (String a : models.algorithms()) {
      aligned.put(a, align(models.get(a)));
    }
  }

  private Aligned align(ModelSet.Served served) {
    IdIndex items = served.model().items();
    Product[] products = new Product[items.size()];
    String[] paths = new String[items.size()];
    for (int i = 0; i < products.length; i++) {
      products[i] = catalog.get(items.idOf(i));
      paths[i] = products[i] == null ? "" : products[i].categoryPath();
    }
    Map<String, int[]> byCategory = new HashMap<>();
    if (served.globalOrder() != null) {
      Map<String, List<Integer>> lists = new HashMap<>();
      for (int i : served.globalOrder()) {
        lists.computeIfAbsent(paths[i], k -> new ArrayList<>()).add(i);
      }
      lists.forEach((k, v) -> byCategory.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
    }
    return new Aligned(products, paths, byCategory);
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
    Predicate<String> scope = scope(spec.scope(), facts);
    return switch (spec.seed()) {
      case LAST_PURCHASE -> related(served, facts.recentPurchases(), scope);
      case LAST_VIEWED -> related(served, facts.recentViews(), scope);
      case CART -> related(served, facts.cart(), scope);
      case PREFERRED_CATEGORY -> {
        Optional<String> pref = facts.preferredCategory();
        if (pref.isEmpty()) {
          yield Proposal.none("no_preferred_category");
        }
        yield ranked(served, shopper, scope, Optional.of(pref.get()));
      }
      case NONE -> ranked(served, shopper, scope, Optional.empty());
    };
  }

  /** Which category paths the scope lets through. */
  private Predicate<String> scope(Scope scope, CustomerFacts facts) {
    return switch (scope) {
      case ANY -> p -> true;
      case USUAL -> p -> facts.categories().containsKey(p);
      case OUTSIDE_USUAL -> p -> !p.isEmpty() && !facts.categories().containsKey(p);
    };
  }

  private Proposal ranked(
      ModelSet.Served served, Shopper shopper, Predicate<String> scope, Optional<String> category) {
    Aligned a = aligned.get(served.model().algorithm());
    PrimitiveIterator.OfInt order;
    float[] scores;
    Predicate<String> keep = category.isEmpty() ? scope : scope.and(category.get()::equals);
    if (served.globalOrder() != null) {
      int[] global =
          category.isEmpty()
              ? served.globalOrder()
              : a.byCategory().getOrDefault(category.get(), new int[0]);
      order = Arrays.stream(global).iterator();
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
              Product p = a.products()[i];
              if (p != null && keep.test(a.paths()[i])) {
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

  private Proposal related(ModelSet.Served served, List<String> seeds, Predicate<String> keep) {
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
        if (p == null || !keep.test(p.categoryPath())) {
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
