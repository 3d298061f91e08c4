package dev.tailor.reco.recommend;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tailor.reco.Algorithms;
import dev.tailor.reco.TinyShop;
import dev.tailor.reco.model.AlgorithmParams;
import dev.tailor.reco.model.Model;
import dev.tailor.reco.model.TrainingData;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BatchRecommendTest {
  private static final AlgorithmParams PARAMS = new AlgorithmParams(8, 5, 0.1, 10, 2, 42);

  private static TinyShop shop() {
    TinyShop s = new TinyShop();
    Random random = new Random(5);
    for (int c = 0; c < 1500; c++) {
      for (int k = 0; k < random.nextInt(6); k++) {
        String product = "p" + random.nextInt(60);
        if (random.nextInt(4) == 0) {
          s.buy("c" + c, product, "o" + c, random.nextInt(500));
        } else {
          s.view("c" + c, product, random.nextInt(500));
        }
      }
    }
    return s;
  }

  private static String line(RecommendationRow row) {
    StringBuilder b = new StringBuilder(row.customerId()).append(':').append(row.servedBy());
    for (int r = 0; r < row.size(); r++) {
      b.append(' ').append(row.productId(r)).append('=').append(row.score(r));
    }
    return b.append(row.note().map(n -> " (" + n + ")").orElse("")).toString();
  }

  private static String line(Recommendations r) {
    StringBuilder b = new StringBuilder(r.customerId()).append(':').append(r.servedBy());
    for (Recommendation x : r.items()) {
      b.append(' ').append(x.productId()).append('=').append(x.score());
    }
    return b.append(r.note().map(n -> " (" + n + ")").orElse("")).toString();
  }

  @Test
  void givesEveryCustomerInOrderTheSameListAsOneByOneOnAnyNumberOfThreads() {
    TinyShop shop = shop();
    TrainingData data = shop.data();
    Model knn = Algorithms.trainer("itemknn", PARAMS).train(data);
    Model popular = Algorithms.trainer("popular", PARAMS).train(data);
    Recommender rec = new Recommender(knn, popular);
    Histories h =
        new ProfileBuilder(knn.items(), TinyShop.FLAT)
            .fromLog(shop.log(), data.reference(), List.of("stranger"));

    List<String> batch = new ArrayList<>();
    BatchSummary summary =
        rec.recommendAll(h, 5, Exclusion.PURCHASED, 2, row -> batch.add(line(row)));
    List<String> single = new ArrayList<>();
    rec.recommendAll(h, 5, Exclusion.PURCHASED, 1, row -> single.add(line(row)));
    List<String> oneByOne = new ArrayList<>();
    for (int k = 0; k < h.size(); k++) {
      oneByOne.add(line(rec.recommend(h.history(k), 5, Exclusion.PURCHASED)));
    }

    assertThat(batch).hasSize(h.size()).isEqualTo(single).isEqualTo(oneByOne);
    assertThat(batch.get(batch.size() - 1)).startsWith("stranger:popular ");
    assertThat(summary.customers()).isEqualTo(h.size());
    assertThat(summary.byModel() + summary.filled() + summary.byFallback() + summary.empty())
        .isEqualTo(h.size());
    assertThat(summary.byFallback()).isPositive();
  }
}
