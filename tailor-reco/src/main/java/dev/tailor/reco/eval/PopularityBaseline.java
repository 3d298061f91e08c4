package dev.tailor.reco.eval;

import dev.tailor.reco.data.IdIndex;
import dev.tailor.reco.data.Interactions;
import dev.tailor.reco.model.Model;
import dev.tailor.reco.model.Trainer;
import dev.tailor.reco.model.TrainingData;
import dev.tailor.reco.model.UserProfile;

/**
 * The baseline every evaluation includes when no {@code popular} trainer is given: items ranked by
 * the number of training customers who interacted with them, the same list for everyone.
 */
public final class PopularityBaseline implements Trainer {
  /** The name it reports, the same as the {@code popular} algorithm it stands in for. */
  public static final String NAME = "popular";

  @Override
  public String algorithm() {
    return NAME;
  }

  @Override
  public Model train(TrainingData data) {
    Interactions m = data.interactions();
    float[] popularity = new float[m.itemCount()];
    for (int e = 0; e < m.nonZeros(); e++) {
      popularity[m.col(e)]++;
    }
    return new PopularityModel(m.items(), popularity);
  }

  private record PopularityModel(IdIndex items, float[] popularity) implements Model {
    @Override
    public String algorithm() {
      return NAME;
    }

    @Override
    public boolean score(UserProfile profile, float[] scores) {
      System.arraycopy(popularity, 0, scores, 0, popularity.length);
      return true;
    }
  }
}
