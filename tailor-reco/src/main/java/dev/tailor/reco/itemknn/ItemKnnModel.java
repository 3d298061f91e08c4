package dev.tailor.reco.itemknn;

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
 * The top-K most similar products of every product. Scores a customer as {@code score(j) = Σ_i w_i
 * × sim(i, j)} over their history items i and the neighbour lists of those items; answers "similar
 * to this product". Immutable.
 */
public final class ItemKnnModel implements Model, RelatedItems, NeighbourModel {
  /** Writes the similarity kind, the item index and the neighbour lists. */
  public static final ModelCodec<ItemKnnModel> CODEC =
      new ModelCodec<>() {
        @Override
        public Class<ItemKnnModel> type() {
          return ItemKnnModel.class;
        }

        @Override
        public void write(ItemKnnModel m, ModelOutput out) throws IOException {
          out.writeString(m.similarity.name());
          out.writeIdIndex(m.items);
          m.neighbours.write(out);
        }

        @Override
        public ItemKnnModel read(ModelInput in) throws IOException {
          ItemKnnConfig.Similarity similarity;
          try {
            similarity = ItemKnnConfig.Similarity.valueOf(in.readString());
          } catch (IllegalArgumentException e) {
            throw new IOException("unknown similarity", e);
          }
          IdIndex items = in.readIdIndex();
          return new ItemKnnModel(items, Neighbours.read(in, items.size()), similarity);
        }
      };

  private final IdIndex items;
  private final Neighbours neighbours;
  private final ItemKnnConfig.Similarity similarity;

  ItemKnnModel(IdIndex items, Neighbours neighbours, ItemKnnConfig.Similarity similarity) {
    this.items = Objects.requireNonNull(items, "items");
    this.neighbours = Objects.requireNonNull(neighbours, "neighbours");
    this.similarity = Objects.requireNonNull(similarity, "similarity");
  }

  @Override
  public String algorithm() {
    return ItemKnnConfig.ALGORITHM;
  }

  @Override
  public IdIndex items() {
    return items;
  }

  public ItemKnnConfig.Similarity similarity() {
    return similarity;
  }

  /** The neighbour lists (read-only). */
  @Override
  public Neighbours neighbours() {
    return neighbours;
  }

  /** Returns false when no item of the profile has a neighbour (including an empty profile). */
  @Override
  public boolean score(UserProfile profile, float[] scores) {
    return neighbours.score(profile, scores);
  }

  @Override
  public boolean knows(String productId) {
    return items.indexOf(productId) >= 0;
  }

  /** See {@link #similarTo}. */
  @Override
  public List<Recommendation> related(String productId, int n) {
    return similarTo(productId, n);
  }

  /**
   * The {@code n} products most similar to {@code productId} (at most K), best first. Throws a
   * {@code TailorException(NOT_FOUND)} for a product not seen in training.
   */
  public List<Recommendation> similarTo(String productId, int n) {
    return neighbours.related(items, productId, n, ItemKnnConfig.ALGORITHM);
  }
}
