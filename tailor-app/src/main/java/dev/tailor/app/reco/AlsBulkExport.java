package dev.tailor.app.reco;

import dev.tailor.app.export.OrderedBlocks;
import dev.tailor.reco.als.AlsModel;
import dev.tailor.reco.batch.Exclusions;
import dev.tailor.reco.batch.TopNSink;
import dev.tailor.reco.linalg.Workers;
import dev.tailor.reco.model.Model;
import dev.tailor.reco.model.UserProfile;
import dev.tailor.reco.recommend.BatchSummary;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.atomic.LongAdder;

/**
 * Everyone's top-N from an ALS model through its blocked batch kernel ({@link
 * AlsModel#recommendAll}): each trained customer is scored from their trained factors, products
 * they bought are left out, and only products scored above 0 are kept; the fallback (bestsellers)
 * completes a short list and serves the store's customers the model does not know, with the same
 * exclusions. Workers format their block of customers as CSV bytes and {@link OrderedBlocks} writes
 * the blocks in customer order, so memory stays bounded by a few blocks whatever the audience.
 */
final class AlsBulkExport {
  private static final int EXTRA_BLOCK = 512;

  private final AlsModel model;
  private final BulkAudience audience;
  private final int n;
  private final int[] fallbackItems;
  private final float[] fallbackScores;
  private final byte[][] productText;
  private final LongAdder[] counts = {
    new LongAdder(), new LongAdder(), new LongAdder(), new LongAdder()
  };

  private static final int EMPTY = 0;
  private static final int MODEL = 1;
  private static final int FILLED = 2;
  private static final int FALLBACK = 3;

  /**
   * @param fallback bestsellers (or any model that answers for a cold profile), whose positive
   *     scores rank the products used to complete or replace a list
   */
  AlsBulkExport(AlsModel model, Model fallback, BulkAudience audience, int n) {
    this.model = model;
    this.audience = audience;
    this.n = n;
    float[] scores = new float[fallback.items().size()];
    boolean answered = fallback.score(UserProfile.cold(""), scores);
    Integer[] order = new Integer[scores.length];
    int positive = 0;
    for (int i = 0; i < scores.length; i++) {
      if (answered && scores[i] > 0) {
        order[positive++] = i;
      }
    }
    Arrays.sort(order, 0, positive, (a, b) -> Float.compare(scores[b], scores[a]));
    fallbackItems = new int[positive];
    fallbackScores = new float[positive];
    for (int r = 0; r < positive; r++) {
      fallbackItems[r] = audience.product(fallback.items().idOf(order[r]));
      fallbackScores[r] = scores[order[r]];
    }
    productText = new byte[audience.products()][];
    for (int i = 0; i < productText.length; i++) {
      productText[i] =
          BulkRecommendations.csv(audience.productId(i)).getBytes(StandardCharsets.UTF_8);
    }
  }

  /** Writes the rows (no header) to {@code out} on {@code threads} workers. */
  BatchSummary write(OutputStream out, int threads) {
    long start = System.nanoTime();
    OrderedBlocks blocks = new OrderedBlocks(out, 0, 4 * threads);
    ThreadLocal<Block> local = ThreadLocal.withInitial(Block::new);
    Exclusions exclusions = audience.exclusions();
    model.recommendAll(
        n,
        exclusions,
        threads,
        new TopNSink() {
          @Override
          public void accept(int customer, int[] items, float[] scores, int count) {
            local.get().keep(customer, items, scores, count);
          }

          @Override
          public void blockDone(int from, int to) {
            try {
              local.get().flush(from, to, blocks);
            } catch (RuntimeException | Error e) {
              blocks.abort();
              throw e;
            }
          }
        });
    int first = audience.modelCustomers();
    int extra = audience.customers() - first;
    try (Workers workers = new Workers(threads)) {
      workers.forEachChunk(
          extra,
          EXTRA_BLOCK,
          (from, to, w) -> {
            try {
              local.get().flush(first + from, first + to, blocks);
            } catch (RuntimeException | Error e) {
              blocks.abort();
              throw e;
            }
          });
    }
    return new BatchSummary(
        audience.customers(),
        counts[MODEL].sum(),
        counts[FILLED].sum(),
        counts[FALLBACK].sum(),
        counts[EMPTY].sum(),
        (System.nanoTime() - start) / 1e9);
  }

  /** One worker's results for the block it scores, and its row formatting. */
  private final class Block {
    private int[] customer = new int[256];
    private int[] size = new int[256];
    private int[] items = new int[256 * n];
    private float[] scores = new float[256 * n];
    private int kept;
    private final int[] chosen = new int[n];

    void keep(int c, int[] top, float[] topScores, int count) {
      if (kept == customer.length) {
        customer = Arrays.copyOf(customer, kept * 2);
        size = Arrays.copyOf(size, kept * 2);
        items = Arrays.copyOf(items, kept * 2 * n);
        scores = Arrays.copyOf(scores, kept * 2 * n);
      }
      int positive = 0;
      while (positive < count && topScores[positive] > 0) {
        positive++;
      }
      customer[kept] = c;
      size[kept] = positive;
      System.arraycopy(top, 0, items, kept * n, positive);
      System.arraycopy(topScores, 0, scores, kept * n, positive);
      kept++;
    }

    /** Formats customers {@code [from, to)}: the kept lists, completed; the others by fallback. */
    void flush(int from, int to, OrderedBlocks blocks) {
      OrderedBlocks.Buffer buffer = blocks.buffer();
      Exclusions exclusions = audience.exclusions();
      int k = 0;
      for (int c = from; c < to; c++) {
        byte[] id =
            BulkRecommendations.csv(audience.customerId(c)).getBytes(StandardCharsets.UTF_8);
        int size = 0;
        if (k < kept && customer[k] == c) {
          for (int r = 0; r < this.size[k]; r++) {
            chosen[size] = items[k * n + r];
            row(buffer, id, ++size, chosen[size - 1], scores[k * n + r]);
          }
          k++;
        }
        int fromModel = size;
        for (int r = 0; r < fallbackItems.length && size < n; r++) {
          int item = fallbackItems[r];
          if (!exclusions.excludes(c, item) && !taken(item, fromModel)) {
            row(buffer, id, ++size, item, fallbackScores[r]);
          }
        }
        counts[size == 0 ? EMPTY : fromModel == size ? MODEL : fromModel == 0 ? FALLBACK : FILLED]
            .increment();
      }
      kept = 0;
      blocks.submit(from, to, buffer);
    }

    private boolean taken(int item, int count) {
      for (int r = 0; r < count; r++) {
        if (chosen[r] == item) {
          return true;
        }
      }
      return false;
    }

    private void row(OrderedBlocks.Buffer b, byte[] id, int rank, int item, float score) {
      byte[] product = productText[item];
      byte[] out = b.room(id.length + product.length + 16 + ScoreText.maxLength());
      int p = b.length;
      System.arraycopy(id, 0, out, p, id.length);
      p += id.length;
      out[p++] = ',';
      p = ScoreText.digits(rank, out, p);
      out[p++] = ',';
      System.arraycopy(product, 0, out, p, product.length);
      p += product.length;
      out[p++] = ',';
      p = ScoreText.write(score, out, p);
      out[p++] = '\n';
      b.length = p;
    }
  }
}
