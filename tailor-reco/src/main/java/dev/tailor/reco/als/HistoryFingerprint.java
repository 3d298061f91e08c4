package dev.tailor.reco.als;

import dev.tailor.reco.data.Interactions;

/**
 * A 64-bit digest of a customer's weighted history that does not depend on the order of the items.
 * The model keeps one per trained customer to tell whether a profile it is asked to score is the
 * history it was trained on (use the trained factors) or a changed one (fold in).
 */
final class HistoryFingerprint {
  private HistoryFingerprint() {}

  static long of(int[] items, float[] weights) {
    long h = 0x2545F4914F6CDD1DL * (items.length + 1L);
    for (int k = 0; k < items.length; k++) {
      h += entry(items[k], weights[k]);
    }
    return h;
  }

  /** One fingerprint per row of {@code m}. */
  static long[] of(Interactions m) {
    long[] out = new long[m.userCount()];
    for (int u = 0; u < out.length; u++) {
      long h = 0x2545F4914F6CDD1DL * (m.rowLength(u) + 1L);
      for (int k = m.rowStart(u); k < m.rowEnd(u); k++) {
        h += entry(m.col(k), m.value(k));
      }
      out[u] = h;
    }
    return out;
  }

  private static long entry(int item, float weight) {
    long z = ((long) item << 32) ^ (Float.floatToIntBits(weight) & 0xffffffffL);
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
