package dev.tailor.bench;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Splits a ratings file ({@code user,item,value[,timestamp]} with a header, such as MovieLens'
 * {@code ratings.csv}) per user at random: each user's rows are shuffled with a seeded random and
 * the first {@code round(test × rows)} go to {@code test.csv}, the rest to {@code train.csv}
 * (header {@code user,item,value,timestamp}). The same seed gives the same split on any machine.
 *
 * <p>Usage: {@code PerUserSplit IN OUT_DIR [test-fraction 0.25] [seed 42]}
 */
public final class PerUserSplit {
  private PerUserSplit() {}

  public static void main(String[] args) throws IOException {
    Path in = Path.of(args[0]);
    Path out = Path.of(args[1]);
    double testFraction = args.length > 2 ? Double.parseDouble(args[2]) : 0.25;
    Random random = new Random(args.length > 3 ? Long.parseLong(args[3]) : 42);
    Map<String, List<String>> byUser = new LinkedHashMap<>();
    try (BufferedReader r = Files.newBufferedReader(in, StandardCharsets.UTF_8)) {
      r.readLine();
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.isBlank()) {
          byUser
              .computeIfAbsent(line.substring(0, line.indexOf(',')), u -> new ArrayList<>())
              .add(line);
        }
      }
    }
    Files.createDirectories(out);
    int trainRows = 0;
    int testRows = 0;
    try (BufferedWriter train = Files.newBufferedWriter(out.resolve("train.csv"));
        BufferedWriter test = Files.newBufferedWriter(out.resolve("test.csv"))) {
      train.write("user,item,value,timestamp\n");
      test.write("user,item,value,timestamp\n");
      for (List<String> rows : byUser.values()) {
        Collections.shuffle(rows, random);
        int cut = (int) Math.round(rows.size() * testFraction);
        for (int k = 0; k < rows.size(); k++) {
          (k < cut ? test : train).write(rows.get(k) + "\n");
        }
        testRows += cut;
        trainRows += rows.size() - cut;
      }
    }
    System.out.println(
        "{\"users\":"
            + byUser.size()
            + ",\"train_rows\":"
            + trainRows
            + ",\"test_rows\":"
            + testRows
            + "}");
  }
}
