package dev.tailor.reco.recommend;

import dev.tailor.reco.model.UserProfile;
import java.util.Objects;

/**
 * A customer as a recommender sees them, in one model's item index space.
 *
 * @param profile the weighted history the model scores from
 * @param purchased the items the customer bought (distinct), for exclusions
 */
public record CustomerHistory(UserProfile profile, int[] purchased) {
  public CustomerHistory {
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(purchased, "purchased");
  }

  /** A customer with no history at all. */
  public static CustomerHistory cold(String customerId) {
    return new CustomerHistory(UserProfile.cold(customerId), new int[0]);
  }

  public String customerId() {
    return profile.customerId();
  }
}
