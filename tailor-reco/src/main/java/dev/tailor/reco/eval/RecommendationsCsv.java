package dev.tailor.reco.eval;

import dev.tailor.core.ErrorCode;
import dev.tailor.reco.data.IdIndex;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes an algorithm's lists as {@code <algorithm>.csv} with the header {@code
 * customer_id,rank,product_id,score} (rank from 1), one row per recommended item, customers in
 * evaluation order. Ids are quoted when they contain a comma, quote or line break.
 */
final class RecommendationsCsv {
  private RecommendationsCsv() {}

  static Path write(Path dir, String algorithm, EvaluationSet set, RecommendationLists lists) {
    Path file = dir.resolve(algorithm.replaceAll("[^A-Za-z0-9._-]", "_") + ".csv");
    IdIndex customers = set.train().users();
    IdIndex items = set.train().items();
    try {
      Files.createDirectories(dir);
      try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
        w.write("customer_id,rank,product_id,score\n");
        for (int i = 0; i < lists.size(); i++) {
          String customer = quote(customers.idOf(set.customer(i)));
          for (int r = 0; r < lists.length(i); r++) {
            w.write(customer);
            w.write(',');
            w.write(Integer.toString(r + 1));
            w.write(',');
            w.write(quote(items.idOf(lists.item(i, r))));
            w.write(',');
            w.write(Float.toString(lists.score(i, r)));
            w.write('\n');
          }
        }
      }
    } catch (IOException | UncheckedIOException e) {
      throw new EvaluationException(
          ErrorCode.RUNTIME, "cannot write the recommendations of " + algorithm + " to " + file, e);
    }
    return file;
  }

  static String quote(String field) {
    if (field.indexOf(',') < 0
        && field.indexOf('"') < 0
        && field.indexOf('\n') < 0
        && field.indexOf('\r') < 0) {
      return field;
    }
    return '"' + field.replace("\"", "\"\"") + '"';
  }
}
