package dev.tailor.app.reco;

import dev.tailor.app.cli.Output;
import dev.tailor.core.store.Store;
import dev.tailor.reco.als.AlsModel;
import dev.tailor.reco.data.InteractionLog;
import dev.tailor.reco.model.Model;
import dev.tailor.reco.recommend.BatchSummary;
import dev.tailor.reco.recommend.Exclusion;
import dev.tailor.reco.recommend.Histories;
import dev.tailor.reco.recommend.RecommendationRow;
import dev.tailor.reco.recommend.Recommender;
import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes everyone's recommendations as {@code customer_id,rank,product_id,score} CSV: every
 * customer of the store, those without history included (they get the fallback). The file is
 * written beside the target and renamed at the end, so a failed run never leaves half a file.
 */
final class BulkRecommendations {
  private BulkRecommendations() {}

  static BatchSummary write(
      Store store,
      Serving serving,
      Recommender recommender,
      int n,
      Exclusion exclusion,
      int threads,
      Path out) {
    Instant reference = serving.reference();
    // The whole history, not only the training window: everything a customer ever bought is left
    // out, and older events weigh little anyway through the decay.
    InteractionLog log = InteractionLog.fromStore(store, Instant.MIN, Instant.MAX);
    List<String> everyone = new ArrayList<>();
    store.customers().forEach(c -> everyone.add(c.id()));
    Histories histories =
        serving.profiles(serving.header().config().weights()).fromLog(log, reference, everyone);
    Path parent = out.toAbsolutePath().getParent();
    try {
      Files.createDirectories(parent);
      Path tmp = Files.createTempFile(parent, out.getFileName().toString(), ".tmp");
      BatchSummary summary;
      try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
        w.write("customer_id,rank,product_id,score\n");
        summary =
            recommender.recommendAll(histories, n, exclusion, threads, row -> writeRow(w, row));
      }
      Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      return summary;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + out, e);
    }
  }

  /**
   * Everyone's lists from an ALS model through its batch kernel (see {@link AlsBulkExport}), with
   * how long reading the audience took, into {@code out} (written beside it and renamed).
   */
  static BatchSummary writeAls(
      Store store,
      AlsModel model,
      Model fallback,
      int n,
      boolean excludePurchased,
      int threads,
      Path out,
      Output output) {
    long start = System.nanoTime();
    BulkAudience audience =
        BulkAudience.read(store, model.users(), model.items(), excludePurchased);
    output.note(
        String.format(
            Locale.ROOT,
            "read %,d customers (%,d in the model) and %,d purchases to exclude in %.1f s",
            audience.customers(),
            audience.modelCustomers(),
            audience.purchases(),
            (System.nanoTime() - start) / 1e9));
    AlsBulkExport export = new AlsBulkExport(model, fallback, audience, n);
    Path parent = out.toAbsolutePath().getParent();
    try {
      Files.createDirectories(parent);
      Path tmp = Files.createTempFile(parent, out.getFileName().toString(), ".tmp");
      BatchSummary summary;
      try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 20)) {
        os.write("customer_id,rank,product_id,score\n".getBytes(StandardCharsets.US_ASCII));
        summary = export.write(os, threads);
      } catch (RuntimeException | IOException e) {
        Files.deleteIfExists(tmp);
        throw e;
      }
      Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      return summary;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + out, e);
    }
  }

  private static void writeRow(BufferedWriter w, RecommendationRow row) {
    try {
      String customer = csv(row.customerId());
      for (int r = 0; r < row.size(); r++) {
        w.write(customer);
        w.write(',');
        w.write(Integer.toString(r + 1));
        w.write(',');
        w.write(csv(row.productId(r)));
        w.write(',');
        w.write(String.format(Locale.ROOT, "%.6g", row.score(r)));
        w.write('\n');
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** RFC 4180 quoting when needed. */
  static String csv(String value) {
    if (value.indexOf(',') < 0
        && value.indexOf('"') < 0
        && value.indexOf('\n') < 0
        && value.indexOf('\r') < 0) {
      return value;
    }
    return '"' + value.replace("\"", "\"\"") + '"';
  }
}
