package dev.tailor.reco.als;

import dev.tailor.reco.data.IdIndex;
import dev.tailor.reco.data.Interactions;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Small interaction matrices for tests. */
public final class TinyMatrices {
  private TinyMatrices() {}

  /** A matrix from dense rows; zeros are absent entries. */
  public static Interactions of(float[][] dense) {
    int users = dense.length;
    int items = users == 0 ? 0 : dense[0].length;
    int[] start = new int[users + 1];
    List<Integer> cols = new ArrayList<>();
    List<Float> values = new ArrayList<>();
    for (int u = 0; u < users; u++) {
      for (int i = 0; i < items; i++) {
        if (dense[u][i] != 0) {
          cols.add(i);
          values.add(dense[u][i]);
        }
      }
      start[u + 1] = cols.size();
    }
    int[] c = cols.stream().mapToInt(Integer::intValue).toArray();
    float[] v = new float[values.size()];
    for (int k = 0; k < v.length; k++) {
      v[k] = values.get(k);
    }
    return new Interactions(ids("c", users), ids("p", items), start, c, v);
  }

  /** A random sparse matrix with weights in 1..5 and at least one item per customer. */
  public static Interactions random(int users, int items, double density, long seed) {
    Random random = new Random(seed);
    float[][] dense = new float[users][items];
    for (int u = 0; u < users; u++) {
      dense[u][random.nextInt(items)] = 1 + random.nextInt(5);
      for (int i = 0; i < items; i++) {
        if (random.nextDouble() < density) {
          dense[u][i] = 1 + random.nextInt(5);
        }
      }
    }
    return of(dense);
  }

  static IdIndex ids(String prefix, int n) {
    List<String> ids = new ArrayList<>();
    for (int k = 0; k < n; k++) {
      ids.add(prefix + k);
    }
    return IdIndex.of(ids);
  }

  /** The implicit ALS objective computed naively over every (customer, product) pair, in double. */
  static double loss(Interactions m, float[] x, float[] y, int f, AlsObjective objective) {
    Interactions t = m.transpose();
    double loss = 0;
    for (int u = 0; u < m.userCount(); u++) {
      double[] row = new double[m.itemCount()];
      for (int k = m.rowStart(u); k < m.rowEnd(u); k++) {
        row[m.col(k)] = m.value(k);
      }
      for (int i = 0; i < m.itemCount(); i++) {
        double s = 0;
        for (int j = 0; j < f; j++) {
          s += (double) x[u * f + j] * y[i * f + j];
        }
        double p = row[i] > 0 ? 1 : 0;
        double c = 1 + objective.alpha() * row[i];
        loss += c * (p - s) * (p - s);
      }
      loss += objective.lambda(m.rowLength(u)) * squaredNorm(x, u * f, f);
    }
    for (int i = 0; i < m.itemCount(); i++) {
      loss += objective.lambda(t.rowLength(i)) * squaredNorm(y, i * f, f);
    }
    return loss;
  }

  private static double squaredNorm(float[] v, int from, int f) {
    double s = 0;
    for (int j = 0; j < f; j++) {
      s += (double) v[from + j] * v[from + j];
    }
    return s;
  }
}
