package dev.tailor.reco.hybrid;

import dev.tailor.reco.model.UserProfile;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/** One thread's scratch arrays for blending: a score array per component and the sums. */
final class Blend {
  private final int[][] fromHybrid;
  private final float[][] scores;
  private final boolean[] answered;
  private final double[] num;
  private final double[] den;
  private long[] keys = new long[0];

  Blend(List<HybridModel.Component> components, int[][] fromHybrid, int items) {
    this.fromHybrid = fromHybrid;
    scores = new float[components.size()][];
    for (int c = 0; c < scores.length; c++) {
      scores[c] = new float[components.get(c).model().items().size()];
    }
    answered = new boolean[components.size()];
    num = new double[items];
    den = new double[items];
  }

  /** Asks every component (or the cold-customer ones); returns how many answered. */
  int ask(List<HybridModel.Component> components, UserProfile profile, boolean coldOnly) {
    int n = 0;
    for (int c = 0; c < scores.length; c++) {
      HybridModel.Component comp = components.get(c);
      boolean ask = comp.weight() > 0 && (!coldOnly || comp.coldCustomers());
      answered[c] = ask && comp.model().score(mapped(profile, c), scores[c]);
      n += answered[c] ? 1 : 0;
    }
    return n;
  }

  /** The profile in component {@code c}'s item index; products it does not know are dropped. */
  private UserProfile mapped(UserProfile profile, int c) {
    int[] map = fromHybrid[c];
    int[] items = profile.items();
    int same = 0;
    int known = 0;
    for (int h : items) {
      int k = h >= 0 && h < map.length ? map[h] : -1;
      same += k == h ? 1 : 0;
      known += k >= 0 ? 1 : 0;
    }
    if (same == items.length) {
      return profile;
    }
    int[] own = new int[known];
    float[] weights = new float[known];
    int n = 0;
    for (int q = 0; q < items.length; q++) {
      int h = items[q];
      int k = h >= 0 && h < map.length ? map[h] : -1;
      if (k >= 0) {
        own[n] = k;
        weights[n++] = profile.weights()[q];
      }
    }
    return new UserProfile(profile.customerId(), own, weights);
  }

  /** Writes the normalised weighted average into {@code out}; false if no component answered. */
  boolean combine(
      List<HybridModel.Component> components,
      int[][] toHybrid,
      BitSet warm,
      HybridConfig.Normalization normalization,
      float[] out) {
    Arrays.fill(num, 0);
    Arrays.fill(den, 0);
    boolean any = false;
    for (int c = 0; c < scores.length; c++) {
      if (!answered[c]) {
        continue;
      }
      normalize(scores[c], normalization);
      any = true;
      HybridModel.Component comp = components.get(c);
      double w = comp.weight();
      int[] map = toHybrid[c];
      float[] s = scores[c];
      for (int k = 0; k < s.length; k++) {
        int h = map[k];
        if (comp.coldItems() || warm.get(h)) {
          num[h] += w * s[k];
          den[h] += w;
        }
      }
    }
    for (int h = 0; h < out.length; h++) {
      out[h] = den[h] > 0 ? (float) (num[h] / den[h]) : 0f;
    }
    return any;
  }

  /**
   * Each answering component's normalised scores in the hybrid index ({@code NaN} where it does not
   * score a product by the routing of products); null for a component that did not answer.
   */
  float[][] parts(
      List<HybridModel.Component> components,
      int[][] toHybrid,
      BitSet warm,
      HybridConfig.Normalization normalization,
      int items) {
    float[][] out = new float[scores.length][];
    for (int c = 0; c < scores.length; c++) {
      if (!answered[c]) {
        continue;
      }
      normalize(scores[c], normalization);
      float[] o = new float[items];
      Arrays.fill(o, Float.NaN);
      boolean coldItems = components.get(c).coldItems();
      int[] map = toHybrid[c];
      for (int k = 0; k < scores[c].length; k++) {
        if (coldItems || warm.get(map[k])) {
          o[map[k]] = scores[c][k];
        }
      }
      out[c] = o;
    }
    return out;
  }

  /**
   * Normalises in place to [0, 1]. Scores that are all equal carry no ranking: they become 1 when
   * positive (the model vouches for every product alike, as for a one-product shop), else 0.
   */
  private void normalize(float[] s, HybridConfig.Normalization normalization) {
    float min = Float.POSITIVE_INFINITY;
    float max = Float.NEGATIVE_INFINITY;
    for (float v : s) {
      min = Math.min(min, v);
      max = Math.max(max, v);
    }
    if (!(max > min)) {
      Arrays.fill(s, max > 0 ? 1f : 0f);
      return;
    }
    if (normalization == HybridConfig.Normalization.MIN_MAX) {
      float range = max - min;
      for (int k = 0; k < s.length; k++) {
        s[k] = (s[k] - min) / range;
      }
      return;
    }
    if (keys.length < s.length) {
      keys = new long[s.length];
    }
    for (int k = 0; k < s.length; k++) {
      int bits = Float.floatToIntBits(s[k]);
      int sortable = bits ^ ((bits >> 31) & 0x7fffffff);
      keys[k] = (((long) Integer.MAX_VALUE - sortable) << 31) | k;
    }
    Arrays.sort(keys, 0, s.length);
    for (int r = 0; r < s.length; r++) {
      s[(int) (keys[r] & Integer.MAX_VALUE)] = 1f - (float) r / s.length;
    }
  }
}
