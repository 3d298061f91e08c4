package dev.tailor.reco.recommend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tailor.reco.FixedModel;
import dev.tailor.reco.model.UserProfile;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecommenderTest {
  private static final List<String> IDS = List.of("a", "b", "c", "d", "e");

  /** Personal: scores a 5, b 4, c 3, d 0, e 0 for anyone with history. */
  private static final FixedModel KNN =
      new FixedModel("knn", IDS, new float[] {5, 4, 3, 0, 0}, true);

  /** Popular over other ids and order: e, d, a best. */
  private static final FixedModel POPULAR =
      new FixedModel("popular", List.of("e", "d", "a", "z"), new float[] {9, 8, 7, 1}, false);

  /** Bought a, viewed b. */
  private static final CustomerHistory HISTORY =
      new CustomerHistory(
          new UserProfile("c1", new int[] {0, 1}, new float[] {5, 1}), new int[] {0});

  private static List<String> ids(Recommendations r) {
    return r.items().stream().map(Recommendation::productId).toList();
  }

  @Test
  void excludesWhatTheCustomerBoughtByDefault() {
    Recommendations r = new Recommender(KNN).recommend(HISTORY, 2, Exclusion.PURCHASED);

    assertThat(ids(r)).containsExactly("b", "c");
    assertThat(r.items()).extracting(Recommendation::rank).containsExactly(1, 2);
    assertThat(r.items()).extracting(Recommendation::score).containsExactly(4f, 3f);
    assertThat(r.servedBy()).isEqualTo("knn");
    assertThat(r.note()).isEmpty();
  }

  @Test
  void canExcludeEverythingSeenOrNothing() {
    Recommender rec = new Recommender(KNN);

    assertThat(ids(rec.recommend(HISTORY, 2, Exclusion.INTERACTED))).containsExactly("c");
    assertThat(ids(rec.recommend(HISTORY, 2, Exclusion.NONE))).containsExactly("a", "b");
  }

  @Test
  void neverRecommendsWhatTheModelScoredZeroAndSaysWhyTheListIsShort() {
    Recommendations r = new Recommender(KNN).recommend(HISTORY, 4, Exclusion.PURCHASED);

    assertThat(ids(r)).containsExactly("b", "c");
    assertThat(r.note()).hasValueSatisfying(n -> assertThat(n).contains("scored few products"));
  }

  @Test
  void fillsTheRestFromTheFallbackSkippingExclusionsAndRepeats() {
    Recommendations r = new Recommender(KNN, POPULAR).recommend(HISTORY, 4, Exclusion.PURCHASED);

    assertThat(ids(r)).containsExactly("b", "c", "e", "d");
    assertThat(r.servedBy()).isEqualTo("knn+popular");
    assertThat(r.note()).hasValueSatisfying(n -> assertThat(n).contains("popular filled the rest"));
  }

  @Test
  void servesACustomerWithoutHistoryFromTheFallbackWithAReason() {
    Recommendations r =
        new Recommender(KNN, POPULAR)
            .recommend(CustomerHistory.cold("new"), 2, Exclusion.PURCHASED);

    assertThat(ids(r)).containsExactly("e", "d");
    assertThat(r.servedBy()).isEqualTo("popular");
    assertThat(r.note())
        .hasValueSatisfying(
            n -> assertThat(n).contains("knows nothing usable").contains("popular"));
  }

  @Test
  void anEmptyListAlwaysComesWithAReason() {
    Recommendations r =
        new Recommender(KNN).recommend(CustomerHistory.cold("new"), 3, Exclusion.PURCHASED);

    assertThat(r.items()).isEmpty();
    assertThat(r.note())
        .hasValueSatisfying(
            n -> assertThat(n).contains("knows nothing usable").contains("no fallback"));
  }

  @Test
  void rejectsAListLengthOutOfRange() {
    assertThatThrownBy(() -> new Recommender(KNN).recommend(HISTORY, 0, Exclusion.NONE))
        .hasMessageContaining("--n must be between 1 and 10000, not 0");
  }
}
