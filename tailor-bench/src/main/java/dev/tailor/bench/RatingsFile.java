package dev.tailor.bench;

import dev.tailor.reco.data.IdIndex;
import dev.tailor.reco.data.Interactions;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads {@code user,item,value[,timestamp]} files exactly as the Spark peer does: the separator
 * ({@code ::}, tab or comma) is detected from the first line, which is a header when its third
 * field is not a number; ids are strings, indexed in order of first appearance; duplicate (user,
 * item) pairs of a training file are summed.
 */
final class RatingsFile {
  private static final Pattern NUM = Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");

  /** A row sink. */
  interface Sink {
    void accept(String user, String item, float value);
  }

  private RatingsFile() {}

  /** Reads every data row into {@code sink}; returns the number of rows. */
  static int read(Path p, Sink sink) throws IOException {
    int rows = 0;
    try (BufferedReader br = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
      String first = br.readLine();
      if (first == null) {
        return 0;
      }
      String sep = first.contains("::") ? "::" : first.indexOf('\t') >= 0 ? "\t" : ",";
      String[] f = first.split(Pattern.quote(sep), -1);
      boolean header = f.length < 3 || !NUM.matcher(f[2].trim()).matches();
      String line = header ? br.readLine() : first;
      for (; line != null; line = br.readLine()) {
        if (line.isBlank()) {
          continue;
        }
        String[] x = line.split(Pattern.quote(sep), -1);
        if (x.length < 3) {
          throw new IOException(p + ": bad line " + (rows + 1) + ": " + line);
        }
        sink.accept(x[0].trim(), x[1].trim(), Float.parseFloat(x[2].trim()));
        rows++;
      }
    }
    return rows;
  }

  /** A training file as summed (user, item) pairs with first-appearance indexes. */
  static final class Training {
    final IdIndex.Builder users = new IdIndex.Builder();
    final IdIndex.Builder items = new IdIndex.Builder();
    final Map<Long, Float> pairs = new HashMap<>();
    int rows;
    int droppedNonPositive;

    static Training read(Path p) throws IOException {
      Training t = new Training();
      t.rows =
          RatingsFile.read(
              p,
              (u, i, v) -> {
                long key = ((long) t.users.add(u) << 32) | t.items.add(i);
                t.pairs.merge(key, v, Float::sum);
              });
      return t;
    }

    /**
     * The CSR matrix of the pairs with a positive summed value (the others carry no implicit
     * preference and are counted in {@link #droppedNonPositive}).
     */
    Interactions matrix() {
      long[] keys = new long[pairs.size()];
      int n = 0;
      for (Map.Entry<Long, Float> e : pairs.entrySet()) {
        if (e.getValue() > 0) {
          keys[n++] = e.getKey();
        } else {
          droppedNonPositive++;
        }
      }
      keys = Arrays.copyOf(keys, n);
      Arrays.parallelSort(keys);
      int[] start = new int[users.size() + 1];
      int[] cols = new int[n];
      float[] values = new float[n];
      for (int k = 0; k < n; k++) {
        start[(int) (keys[k] >>> 32) + 1]++;
        cols[k] = (int) keys[k];
        values[k] = pairs.get(keys[k]);
      }
      for (int u = 0; u < users.size(); u++) {
        start[u + 1] += start[u];
      }
      return new Interactions(users.build(), items.build(), start, cols, values);
    }

    /** Each user's training items (all summed pairs, as the peer excludes them). */
    int[][] itemsByUser() {
      int[] deg = new int[users.size()];
      for (long key : pairs.keySet()) {
        deg[(int) (key >>> 32)]++;
      }
      int[][] out = new int[users.size()][];
      for (int u = 0; u < out.length; u++) {
        out[u] = new int[deg[u]];
      }
      Arrays.fill(deg, 0);
      for (long key : pairs.keySet()) {
        int u = (int) (key >>> 32);
        out[u][deg[u]++] = (int) key;
      }
      return out;
    }

    /** Distinct training pairs per item (the peer's popularity). */
    int[] popularity() {
      int[] pop = new int[items.size()];
      for (long key : pairs.keySet()) {
        pop[(int) key]++;
      }
      return pop;
    }
  }

  /** A test file as each user's distinct items, users in order of first appearance. */
  static Map<String, List<String>> testItems(Path p, int[] rows) throws IOException {
    Map<String, List<String>> byUser = new java.util.LinkedHashMap<>();
    Map<String, java.util.Set<String>> seen = new HashMap<>();
    rows[0] =
        read(
            p,
            (u, i, v) -> {
              if (seen.computeIfAbsent(u, x -> new java.util.HashSet<>()).add(i)) {
                byUser.computeIfAbsent(u, x -> new ArrayList<>()).add(i);
              }
            });
    return byUser;
  }
}
