package dev.tailor.reco.eval;

import dev.tailor.reco.data.IdIndex;
import dev.tailor.reco.data.Interactions;
import dev.tailor.reco.model.Model;
import dev.tailor.reco.model.Trainer;
import dev.tailor.reco.model.TrainingData;
import dev.tailor.reco.model.UserProfile;
import java.util.Arrays;

/**
 * A small item-to-item model for tests: an item scores the number of (history item, other customer)
 * paths leading to it. Learns the planted groups of {@link PlantedShop}.
 */
public final class CoOccurrenceTrainer implements Trainer {
  @Override
  public String algorithm() {
    return "cooccurrence";
  }

  @Override
  public Model train(TrainingData data) {
    return new CoOccurrenceModel(data.interactions());
  }

  private record CoOccurrenceModel(Interactions m) implements Model {
    @Override
    public String algorithm() {
      return "cooccurrence";
    }

    @Override
    public IdIndex items() {
      return m.items();
    }

    @Override
    public boolean score(UserProfile profile, float[] scores) {
      if (profile.isEmpty()) {
        return false;
      }
      Arrays.fill(scores, 0);
      Interactions t = m.transpose();
      for (int item : profile.items()) {
        for (int e = t.rowStart(item); e < t.rowEnd(item); e++) {
          int other = t.col(e);
          for (int f = m.rowStart(other); f < m.rowEnd(other); f++) {
            scores[m.col(f)]++;
          }
        }
      }
      return true;
    }
  }
}
