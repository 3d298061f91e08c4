package dev.tailor.strategy.source;

import dev.tailor.reco.batch.RankedTop;
import java.util.NoSuchElementException;
import java.util.PrimitiveIterator;
import java.util.function.Supplier;

/**
 * A personal ranking read from its first items scored in a batch ({@link RankedTop}), and past
 * them, only if a slot reads that deep, from the customer's full scores ({@link Ranking}, computed
 * then). Both agree item for item and score for score, so the reading is the same as a {@link
 * Ranking}'s.
 */
final class PrefixRanking implements PrimitiveIterator.OfInt {
  private final RankedTop top;
  private final Supplier<float[]> fullScores;
  private int next;
  private float[] scores;
  private Ranking rest;
  private float score;

  PrefixRanking(RankedTop top, Supplier<float[]> fullScores) {
    this.top = top;
    this.fullScores = fullScores;
  }

  @Override
  public boolean hasNext() {
    if (next < top.size()) {
      return true;
    }
    if (top.complete()) {
      return false;
    }
    if (rest == null) {
      scores = fullScores.get();
      rest = new Ranking(scores);
      for (int k = 0; k < top.size(); k++) {
        rest.nextInt();
      }
    }
    return rest.hasNext();
  }

  @Override
  public int nextInt() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    if (next < top.size()) {
      score = top.score(next);
      return top.item(next++);
    }
    int i = rest.nextInt();
    score = scores[i];
    return i;
  }

  /** The score of the item {@link #nextInt} returned last. */
  float score() {
    return score;
  }
}
