package dev.tailor.reco.hybrid;

import dev.tailor.core.ErrorCode;
import dev.tailor.core.TailorException;
import dev.tailor.reco.data.IdIndex;
import dev.tailor.reco.model.Model;
import dev.tailor.reco.model.ModelCodec;
import dev.tailor.reco.model.UserProfile;
import dev.tailor.reco.recommend.Recommendation;
import dev.tailor.reco.recommend.RelatedItems;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A weighted blend of trained models over the union of their products (mapped through product ids).
 * For one customer:
 *
 * <ol>
 *   <li>Routing of customers: with a history, every component is asked; without one (or when no
 *       component can use it), only the cold-customer components ({@code popular}, {@code
 *       trending}). Components that cannot answer are left out.
 *   <li>Each answering component's scores are normalised (min-max or rank) to [0, 1].
 *   <li>Routing of products: a product without interactions in training is scored by the cold-item
 *       components only ({@code content}); other products by every answering component.
 *   <li>{@code score(j) = Σ w_m × norm_m(j) / Σ w_m} over the components m that score j, so a cold
 *       product scored by content alone competes on the same 0..1 scale.
 * </ol>
 *
 * Immutable and thread-safe (each thread keeps its own scratch arrays).
 */
public final class HybridModel implements Model, RelatedItems {
  /** Writes the components (through their own codecs), the routing and the warm products. */
  public static final ModelCodec<HybridModel> CODEC = new HybridCodec();

  /**
   * One blended model.
   *
   * @param model the trained component
   * @param weight its weight in the blend (≥ 0)
   * @param coldCustomers whether it answers for customers without a usable history
   * @param coldItems whether it may score products without interactions in training
   */
  public record Component(Model model, float weight, boolean coldCustomers, boolean coldItems) {
    public Component {
      Objects.requireNonNull(model, "model");
      if (!(weight >= 0) || Float.isInfinite(weight)) {
        throw new IllegalArgumentException("component weights must be finite and ≥ 0");
      }
    }
  }

  private final List<Component> components;
  private final IdIndex items;
  private final int[][] toHybrid;
  private final int[][] fromHybrid;
  private final BitSet warm;
  private final HybridConfig.Normalization normalization;
  private final List<String> notes;
  private final ThreadLocal<Blend> blend;

  HybridModel(
      List<Component> components,
      Collection<String> warmIds,
      HybridConfig.Normalization normalization,
      List<String> notes) {
    this(components, warmBits(union(components), warmIds), normalization, notes);
  }

  HybridModel(
      List<Component> components,
      BitSet warm,
      HybridConfig.Normalization normalization,
      List<String> notes) {
    if (components.isEmpty()) {
      throw new IllegalArgumentException("a hybrid needs a component");
    }
    this.components = List.copyOf(components);
    this.items = union(components);
    this.toHybrid = new int[components.size()][];
    this.fromHybrid = new int[components.size()][];
    for (int c = 0; c < components.size(); c++) {
      IdIndex own = components.get(c).model().items();
      toHybrid[c] = new int[own.size()];
      fromHybrid[c] = new int[items.size()];
      Arrays.fill(fromHybrid[c], -1);
      for (int k = 0; k < own.size(); k++) {
        toHybrid[c][k] = items.indexOf(own.idOf(k));
        fromHybrid[c][toHybrid[c][k]] = k;
      }
    }
    this.warm = (BitSet) warm.clone();
    this.normalization = Objects.requireNonNull(normalization, "normalization");
    this.notes = List.copyOf(notes);
    this.blend =
        ThreadLocal.withInitial(() -> new Blend(this.components, fromHybrid, items.size()));
  }

  private static IdIndex union(List<Component> components) {
    IdIndex.Builder b = new IdIndex.Builder();
    for (Component c : components) {
      c.model().items().ids().forEach(b::add);
    }
    return b.build();
  }

  private static BitSet warmBits(IdIndex items, Collection<String> warmIds) {
    BitSet warm = new BitSet(items.size());
    for (String id : warmIds) {
      int i = items.indexOf(id);
      if (i >= 0) {
        warm.set(i);
      }
    }
    return warm;
  }

  @Override
  public String algorithm() {
    return HybridConfig.ALGORITHM;
  }

  /** The union of the components' products. */
  @Override
  public IdIndex items() {
    return items;
  }

  public List<Component> components() {
    return components;
  }

  /**
   * The same blend with the component whose model is {@code from} serving {@code to} instead (a
   * model over the same products, such as live trending counters); this blend when none is.
   */
  public HybridModel withModel(Model from, Model to) {
    List<Component> next = new java.util.ArrayList<>(components.size());
    boolean found = false;
    for (Component c : components) {
      if (c.model() == from) {
        found = true;
        next.add(new Component(to, c.weight(), c.coldCustomers(), c.coldItems()));
      } else {
        next.add(c);
      }
    }
    if (!found) {
      return this;
    }
    if (!to.items().ids().equals(from.items().ids())) {
      throw new IllegalArgumentException("a replacing model must serve the same products");
    }
    return new HybridModel(next, warm, normalization, notes);
  }

  /** Why components were left out at training, if any were. */
  public List<String> notes() {
    return notes;
  }

  public HybridConfig.Normalization normalization() {
    return normalization;
  }

  /** True when product {@code i} (hybrid index) had interactions in training. */
  public boolean isWarm(int i) {
    return warm.get(i);
  }

  BitSet warm() {
    return (BitSet) warm.clone();
  }

  /** Returns false when no component could answer, even by the cold-customer route. */
  @Override
  public boolean score(UserProfile profile, float[] scores) {
    Blend b = blend.get();
    int answered = profile.isEmpty() ? 0 : b.ask(components, profile, false);
    if (answered == 0) {
      answered = b.ask(components, UserProfile.cold(profile.customerId()), true);
    }
    if (answered == 0) {
      return false;
    }
    return b.combine(components, toHybrid, warm, normalization, scores);
  }

  /**
   * What {@link #score} blends, before blending: each component's normalised scores by the same
   * routing (see {@link Blend#parts}); empty when no component answered.
   */
  java.util.Optional<float[][]> parts(UserProfile profile) {
    Blend b = blend.get();
    int answered = profile.isEmpty() ? 0 : b.ask(components, profile, false);
    if (answered == 0) {
      answered = b.ask(components, UserProfile.cold(profile.customerId()), true);
    }
    if (answered == 0) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(b.parts(components, toHybrid, warm, normalization, items.size()));
  }

  @Override
  public boolean knows(String productId) {
    return components.stream()
        .anyMatch(c -> c.model() instanceof RelatedItems r && r.knows(productId));
  }

  /**
   * Related products from the heaviest component that can relate this product: for a product
   * without interactions, only the cold-item components ({@code content}).
   */
  @Override
  public List<Recommendation> related(String productId, int n) {
    int h = items.indexOf(productId);
    boolean cold = h < 0 || !warm.get(h);
    boolean known = false;
    List<Component> byWeight =
        components.stream().sorted(Comparator.comparing(c -> -c.weight())).toList();
    for (Component c : byWeight) {
      if (c.model() instanceof RelatedItems r && (!cold || c.coldItems()) && r.knows(productId)) {
        known = true;
        List<Recommendation> list = r.related(productId, n);
        if (!list.isEmpty()) {
          return list;
        }
      }
    }
    if (!known) {
      throw new TailorException(
          ErrorCode.NOT_FOUND, "no component of the hybrid can relate product '" + productId + "'");
    }
    return List.of();
  }
}
