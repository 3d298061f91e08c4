package dev.tailor.sim.random;

import java.util.SplittableRandom;

/**
 * Derives independent, reproducible random streams from the run's seed. Each stream is named by a
 * {@code domain} (what it is for) and an {@code index} (which entity), so adding a draw to one
 * customer's simulation never shifts the numbers another customer sees.
 */
public final class Seeds {
  /** Stream of the catalog. */
  public static final long CATALOG = 0x43415441L;

  /** Streams of the customers, one per customer index. */
  public static final long CUSTOMER = 0x43555354L;

  /** Streams of the newsletter campaigns, one per campaign index. */
  public static final long CAMPAIGN = 0x43414d50L;

  private Seeds() {}

  /**
   * A random stream for entity {@code index} of {@code domain} in the run seeded by {@code seed}.
   */
  public static SplittableRandom stream(long seed, long domain, long index) {
    return new SplittableRandom(mix(mix(seed ^ mix(domain)) + index));
  }

  /** The SplitMix64 finalizer: a bijective, well-mixing hash of a 64-bit value. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
