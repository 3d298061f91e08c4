package dev.tailor.reco.copurchase;

import dev.tailor.reco.data.IdIndex;
import dev.tailor.reco.model.Model;
import dev.tailor.reco.model.ModelCodec;
import dev.tailor.reco.model.ModelInput;
import dev.tailor.reco.model.ModelOutput;
import dev.tailor.reco.model.UserProfile;
import dev.tailor.reco.neighbours.NeighbourModel;
import dev.tailor.reco.neighbours.Neighbours;
import dev.tailor.reco.recommend.Recommendation;
import dev.tailor.reco.recommend.RelatedItems;
import java.io.IOException;
import java.util.List;
import java.util.Objects;

/**
 * The products most often bought with each product, beyond chance. Scores a customer from their
 * weighted history ({@code score(j) = Σ_i w_i × assoc(i, j)}); with the default weights recent
 * purchases and carts count most. Answers "bought with this product". Immutable.
 */
public final class CoPurchaseModel implements Model, RelatedItems, NeighbourModel {
  /** Writes the item index and the association lists. */
  public static final ModelCodec<CoPurchaseModel> CODEC =
      new ModelCodec<>() {
        @Override
        public Class<CoPurchaseModel> type() {
          return CoPurchaseModel.class;
        }

        @Override
        public void write(CoPurchaseModel m, ModelOutput out) throws IOException {
          out.writeIdIndex(m.items);
          m.neighbours.write(out);
        }

        @Override
        public CoPurchaseModel read(ModelInput in) throws IOException {
          IdIndex items = in.readIdIndex();
          return new CoPurchaseModel(items, Neighbours.read(in, items.size()));
        }
      };

  private final IdIndex items;
  private final Neighbours neighbours;

  CoPurchaseModel(IdIndex items, Neighbours neighbours) {
    this.items = Objects.requireNonNull(items, "items");
    this.neighbours = Objects.requireNonNull(neighbours, "neighbours");
  }

  @Override
  public String algorithm() {
    return CoPurchaseConfig.ALGORITHM;
  }

  @Override
  public IdIndex items() {
    return items;
  }

  /** The association lists (read-only). */
  @Override
  public Neighbours neighbours() {
    return neighbours;
  }

  /** Returns false when no item of the profile was bought with another product. */
  @Override
  public boolean score(UserProfile profile, float[] scores) {
    return neighbours.score(profile, scores);
  }

  @Override
  public boolean knows(String productId) {
    return items.indexOf(productId) >= 0;
  }

  /** See {@link #boughtWith}. */
  @Override
  public List<Recommendation> related(String productId, int n) {
    return boughtWith(productId, n);
  }

  /**
   * The {@code n} products most associated with {@code productId} in orders, best first. Throws a
   * {@code TailorException(NOT_FOUND)} for a product not seen in training.
   */
  public List<Recommendation> boughtWith(String productId, int n) {
    return neighbours.related(items, productId, n, CoPurchaseConfig.ALGORITHM);
  }
}
