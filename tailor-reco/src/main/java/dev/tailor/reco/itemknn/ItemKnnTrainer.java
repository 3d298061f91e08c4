package dev.tailor.reco.itemknn;

import dev.tailor.core.ErrorCode;
import dev.tailor.core.TailorException;
import dev.tailor.reco.data.Interactions;
import dev.tailor.reco.model.Trainer;
import dev.tailor.reco.model.TrainingData;
import dev.tailor.reco.neighbours.NeighbourSearch;
import dev.tailor.reco.neighbours.Neighbours;
import dev.tailor.reco.neighbours.PairScore;
import dev.tailor.reco.neighbours.SparseRows;
import java.util.Objects;

/**
 * Computes item-item similarities from the customer × product matrix (see {@link
 * ItemKnnConfig.Similarity} for the formulas) and keeps the top K per item. Sparse: the work is Σ
 * over customers of (history length)², spread over threads by blocks of items.
 */
public final class ItemKnnTrainer implements Trainer {
  private final ItemKnnConfig config;

  public ItemKnnTrainer(ItemKnnConfig config) {
    this.config = Objects.requireNonNull(config, "config");
  }

  @Override
  public String algorithm() {
    return ItemKnnConfig.ALGORITHM;
  }

  @Override
  public ItemKnnModel train(TrainingData data) {
    Interactions m = data.interactions();
    if (m.nonZeros() == 0) {
      throw new TailorException(
          ErrorCode.BAD_INPUT,
          "itemknn has nothing to learn from: the training data holds no weighted product"
              + " interaction (check the window and the event weights)");
    }
    Interactions byItem = m.transpose();
    double[] norm = new double[m.itemCount()];
    int[] support = new int[m.itemCount()];
    for (int i = 0; i < norm.length; i++) {
      double sq = 0;
      for (int k = byItem.rowStart(i); k < byItem.rowEnd(i); k++) {
        sq += (double) byItem.value(k) * byItem.value(k);
      }
      norm[i] = Math.sqrt(sq);
      support[i] = byItem.rowLength(i);
    }
    double shrink = config.shrinkage();
    PairScore score =
        config.similarity() == ItemKnnConfig.Similarity.COSINE
            ? (i, j, dot, count) -> (float) (dot / (norm[i] * norm[j]) * count / (count + shrink))
            : (i, j, dot, count) -> (float) (count / (support[i] + support[j] - count + shrink));
    Neighbours neighbours =
        NeighbourSearch.search(SparseRows.of(m), config.neighbours(), score, config.threads());
    return new ItemKnnModel(m.items(), neighbours, config.similarity());
  }
}
