package dev.tailor.reco.content;

import dev.tailor.core.ErrorCode;
import dev.tailor.core.TailorException;
import dev.tailor.core.catalog.Product;
import dev.tailor.reco.data.IdIndex;
import dev.tailor.reco.model.Trainer;
import dev.tailor.reco.model.TrainingData;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Describes every product of the catalog (and of the interactions) by a TF-IDF vector over its
 * title words, category levels, brand, tags and price band ({@link ProductFeatures}): {@code
 * weight(f) = tf(f) × (ln((1 + N) / (1 + df(f))) + 1)}, with N the products described and df(f)
 * those having feature f, then L2-normalised. Products with no interaction yet are in the model's
 * item index, so they can be recommended from day one.
 */
public final class ContentTrainer implements Trainer {
  private final ContentConfig config;

  public ContentTrainer(ContentConfig config) {
    this.config = Objects.requireNonNull(config, "config");
  }

  @Override
  public String algorithm() {
    return ContentConfig.ALGORITHM;
  }

  @Override
  public ContentModel train(TrainingData data) {
    Map<String, Product> catalog = data.catalog();
    if (catalog.isEmpty()) {
      throw new TailorException(
          ErrorCode.BAD_INPUT, "content needs a catalog, and the training data holds no product");
    }
    IdIndex items = itemIndex(data);
    ProductFeatures extractor = new ProductFeatures(config, catalog.values());
    List<Map<String, Integer>> tf = new ArrayList<>(items.size());
    Map<String, Integer> df = new TreeMap<>();
    int described = 0;
    for (String id : items.ids()) {
      Product p = catalog.get(id);
      Map<String, Integer> features = p == null ? Map.of() : extractor.of(p);
      tf.add(features);
      features.keySet().forEach(f -> df.merge(f, 1, Integer::sum));
      described += p == null ? 0 : 1;
    }
    if (df.isEmpty()) {
      throw new TailorException(
          ErrorCode.BAD_INPUT,
          "content found no title, category, brand, tag or price in the "
              + catalog.size()
              + " products of the catalog");
    }
    return vectors(items, tf, df, described);
  }

  /** The interaction items in their order, then catalog products without interactions by id. */
  private static IdIndex itemIndex(TrainingData data) {
    IdIndex known = data.interactions().items();
    List<String> ids = new ArrayList<>(known.ids());
    TreeSet<String> cold = new TreeSet<>();
    for (String id : data.catalog().keySet()) {
      if (known.indexOf(id) < 0) {
        cold.add(id);
      }
    }
    ids.addAll(cold);
    return IdIndex.of(ids);
  }

  private static ContentModel vectors(
      IdIndex items, List<Map<String, Integer>> tf, Map<String, Integer> df, int described) {
    String[] vocabulary = df.keySet().toArray(String[]::new);
    Map<String, Integer> featureIndex = new TreeMap<>();
    double[] idf = new double[vocabulary.length];
    for (int f = 0; f < vocabulary.length; f++) {
      featureIndex.put(vocabulary[f], f);
      idf[f] = Math.log((1.0 + described) / (1.0 + df.get(vocabulary[f]))) + 1;
    }
    int nnz = tf.stream().mapToInt(Map::size).sum();
    int[] rowStart = new int[items.size() + 1];
    int[] features = new int[nnz];
    float[] values = new float[nnz];
    int k = 0;
    for (int i = 0; i < items.size(); i++) {
      int start = k;
      double norm = 0;
      for (Map.Entry<String, Integer> e : tf.get(i).entrySet()) {
        int f = featureIndex.get(e.getKey());
        double w = e.getValue() * idf[f];
        features[k] = f;
        values[k++] = (float) w;
        norm += w * w;
      }
      float inv = (float) (1 / Math.sqrt(norm));
      for (int q = start; q < k; q++) {
        values[q] *= inv;
      }
      rowStart[i + 1] = k;
    }
    return new ContentModel(items, vocabulary, rowStart, features, values);
  }
}
