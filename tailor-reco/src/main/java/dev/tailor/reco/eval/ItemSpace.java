package dev.tailor.reco.eval;

import dev.tailor.reco.data.IdIndex;
import dev.tailor.reco.model.Model;
import java.util.Arrays;
import java.util.BitSet;

/**
 * Maps between a model's item index space and the training one (identical when the model scores the
 * training items in their order, as most do), and marks the model items that are not candidates:
 * candidates are the items with training interactions, minus the customer's own training items
 * (added per customer).
 */
final class ItemSpace {
  private final int[] modelToTrain;
  private final int[] trainToModel;
  private final BitSet notCandidates;

  private ItemSpace(int[] modelToTrain, int[] trainToModel, BitSet notCandidates) {
    this.modelToTrain = modelToTrain;
    this.trainToModel = trainToModel;
    this.notCandidates = notCandidates;
  }

  static ItemSpace of(EvaluationSet set, Model model) {
    IdIndex trainItems = set.train().items();
    IdIndex modelItems = model.items();
    int[] modelToTrain = new int[modelItems.size()];
    int[] trainToModel = new int[trainItems.size()];
    Arrays.fill(trainToModel, -1);
    BitSet notCandidates = new BitSet(modelItems.size());
    for (int m = 0; m < modelToTrain.length; m++) {
      int t = modelItems == trainItems ? m : trainItems.indexOf(modelItems.idOf(m));
      modelToTrain[m] = t;
      if (t >= 0) {
        trainToModel[t] = m;
      }
      if (t < 0 || !set.isTrained(t)) {
        notCandidates.set(m);
      }
    }
    return new ItemSpace(modelToTrain, trainToModel, notCandidates);
  }

  int modelSize() {
    return modelToTrain.length;
  }

  /** Training index of model item {@code m}, or -1. */
  int toTrain(int m) {
    return modelToTrain[m];
  }

  /** Model index of training item {@code t}, or -1 when the model does not know it. */
  int toModel(int t) {
    return trainToModel[t];
  }

  /** A fresh copy of the model items that are never candidates. */
  BitSet notCandidates() {
    return (BitSet) notCandidates.clone();
  }
}
