package dev.tailor.reco;

import dev.tailor.reco.data.IdIndex;
import dev.tailor.reco.model.Model;
import dev.tailor.reco.model.UserProfile;
import java.util.List;

/**
 * A model with fixed scores, for tests of what sits on top of models. A personal one answers only
 * for a customer with history.
 */
public final class FixedModel implements Model {
  private final String algorithm;
  private final IdIndex items;
  private final float[] scores;
  private final boolean personal;

  public FixedModel(String algorithm, List<String> ids, float[] scores, boolean personal) {
    this.algorithm = algorithm;
    this.items = IdIndex.of(ids);
    this.scores = scores.clone();
    this.personal = personal;
  }

  @Override
  public String algorithm() {
    return algorithm;
  }

  @Override
  public IdIndex items() {
    return items;
  }

  @Override
  public boolean score(UserProfile profile, float[] out) {
    if (personal && profile.isEmpty()) {
      return false;
    }
    System.arraycopy(scores, 0, out, 0, scores.length);
    return true;
  }
}
