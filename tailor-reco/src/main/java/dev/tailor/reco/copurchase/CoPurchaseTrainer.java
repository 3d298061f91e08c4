package dev.tailor.reco.copurchase;

import dev.tailor.core.ErrorCode;
import dev.tailor.core.TailorException;
import dev.tailor.reco.model.Trainer;
import dev.tailor.reco.model.TrainingData;
import dev.tailor.reco.neighbours.NeighbourSearch;
import dev.tailor.reco.neighbours.Neighbours;
import dev.tailor.reco.neighbours.PairScore;
import dev.tailor.reco.neighbours.SparseRows;
import java.util.Objects;

/**
 * Relates products bought in the same order. With N orders, {@code n_i} the orders holding product
 * i and {@code n_ij} those holding both i and j:
 *
 * <pre>
 *   lift(i, j)  = n_ij × N / (n_i × n_j)
 *   score(i, j) = max(0, ln lift(i, j)) × n_ij / (n_ij + shrinkage)
 * </pre>
 *
 * The lift divides out each product's own popularity, so bestsellers that land in every basket do
 * not dominate (their lift is about 1, their score about 0); the shrinkage factor discounts pairs
 * seen together in few orders.
 */
public final class CoPurchaseTrainer implements Trainer {
  private final CoPurchaseConfig config;

  public CoPurchaseTrainer(CoPurchaseConfig config) {
    this.config = Objects.requireNonNull(config, "config");
  }

  @Override
  public String algorithm() {
    return CoPurchaseConfig.ALGORITHM;
  }

  @Override
  public CoPurchaseModel train(TrainingData data) {
    SparseRows baskets = Baskets.of(data.log());
    int orders = baskets.rows();
    if (orders == 0) {
      throw new TailorException(
          ErrorCode.BAD_INPUT,
          "copurchase needs purchases (order_completed events with a product) and the training"
              + " data holds none");
    }
    int[] support = new int[baskets.columns()];
    boolean pairs = false;
    for (int b = 0; b < orders; b++) {
      pairs |= baskets.rowStart()[b + 1] - baskets.rowStart()[b] > 1;
    }
    for (int c : baskets.cols()) {
      support[c]++;
    }
    if (!pairs) {
      throw new TailorException(
          ErrorCode.BAD_INPUT,
          "copurchase found " + orders + " orders but none with two different products");
    }
    double shrink = config.shrinkage();
    PairScore score =
        (i, j, dot, count) -> {
          double lift = (double) count * orders / ((double) support[i] * support[j]);
          return (float) (Math.max(0, Math.log(lift)) * count / (count + shrink));
        };
    Neighbours neighbours =
        NeighbourSearch.search(baskets, config.neighbours(), score, config.threads());
    return new CoPurchaseModel(data.log().products(), neighbours);
  }
}
