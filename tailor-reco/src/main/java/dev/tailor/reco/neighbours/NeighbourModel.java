package dev.tailor.reco.neighbours;

import dev.tailor.reco.data.IdIndex;

/**
 * A model whose related items are its neighbour lists: {@code related(p, n)} is the first {@code n}
 * neighbours of {@code p}'s index in {@link #items()}, with their similarities as scores. Lets
 * callers read the lists by index without building recommendations.
 */
public interface NeighbourModel {
  /** The model's products. */
  IdIndex items();

  /** The neighbour lists, by the indexes of {@link #items()}. */
  Neighbours neighbours();
}
