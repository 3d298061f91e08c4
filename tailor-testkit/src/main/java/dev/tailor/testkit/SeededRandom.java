package dev.tailor.testkit;

import java.util.Random;
import java.util.SplittableRandom;

/** Random sources with a fixed seed, so that every test run draws the same numbers. */
public final class SeededRandom {
  /** The seed tests use unless they pick their own. */
  public static final long DEFAULT_SEED = 42L;

  private SeededRandom() {}

  /** A {@link Random} seeded with {@link #DEFAULT_SEED}. */
  public static Random create() {
    return new Random(DEFAULT_SEED);
  }

  /** A {@link Random} seeded with {@code seed}. */
  public static Random create(long seed) {
    return new Random(seed);
  }

  /** A {@link SplittableRandom} seeded with {@link #DEFAULT_SEED}, for parallel streams. */
  public static SplittableRandom splittable() {
    return new SplittableRandom(DEFAULT_SEED);
  }
}
