package dev.tailor.reco.eval;

import java.util.Arrays;

/**
 * The top-k list of every evaluated customer, flat: customer {@code i}'s list is {@code items[i × k
 * ..]} (training item indexes, best first) with {@code length(i)} entries and their scores.
 */
final class RecommendationLists {
  private final int k;
  private final int[] items;
  private final float[] scores;
  private final int[] lengths;
  private final boolean[] unscored;

  RecommendationLists(int customers, int k) {
    this.k = k;
    this.items = new int[customers * k];
    this.scores = new float[customers * k];
    this.lengths = new int[customers];
    this.unscored = new boolean[customers];
  }

  int size() {
    return lengths.length;
  }

  int k() {
    return k;
  }

  int length(int i) {
    return lengths[i];
  }

  int item(int i, int rank) {
    return items[i * k + rank];
  }

  float score(int i, int rank) {
    return scores[i * k + rank];
  }

  /** Customer {@code i}'s list as training item indexes, best first. */
  int[] list(int i) {
    return Arrays.copyOfRange(items, i * k, i * k + lengths[i]);
  }

  /** Whether the model said it could not score customer {@code i} (the list is then empty). */
  boolean unscored(int i) {
    return unscored[i];
  }

  int unscoredCount() {
    int n = 0;
    for (boolean u : unscored) {
      n += u ? 1 : 0;
    }
    return n;
  }

  void put(int i, int rank, int item, float score) {
    items[i * k + rank] = item;
    scores[i * k + rank] = score;
  }

  void setLength(int i, int length) {
    lengths[i] = length;
  }

  void markUnscored(int i) {
    unscored[i] = true;
    lengths[i] = 0;
  }
}
