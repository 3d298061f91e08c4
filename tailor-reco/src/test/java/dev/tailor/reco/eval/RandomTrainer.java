package dev.tailor.reco.eval;

import dev.tailor.reco.data.IdIndex;
import dev.tailor.reco.model.Model;
import dev.tailor.reco.model.Trainer;
import dev.tailor.reco.model.TrainingData;
import dev.tailor.reco.model.UserProfile;
import java.util.SplittableRandom;

/** Scores items at random, seeded by the customer id: the floor any model must beat. */
public final class RandomTrainer implements Trainer {
  @Override
  public String algorithm() {
    return "random";
  }

  @Override
  public Model train(TrainingData data) {
    IdIndex items = data.interactions().items();
    return new Model() {
      @Override
      public String algorithm() {
        return "random";
      }

      @Override
      public IdIndex items() {
        return items;
      }

      @Override
      public boolean score(UserProfile profile, float[] scores) {
        SplittableRandom random = new SplittableRandom(profile.customerId().hashCode());
        for (int i = 0; i < scores.length; i++) {
          scores[i] = (float) random.nextDouble();
        }
        return true;
      }
    };
  }
}
