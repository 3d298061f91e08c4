package dev.tailor.reco;

import dev.tailor.core.ErrorCode;
import dev.tailor.core.TailorException;
import dev.tailor.reco.als.AlsModel;
import dev.tailor.reco.als.AlsTrainer;
import dev.tailor.reco.content.ContentConfig;
import dev.tailor.reco.content.ContentModel;
import dev.tailor.reco.content.ContentTrainer;
import dev.tailor.reco.copurchase.CoPurchaseConfig;
import dev.tailor.reco.copurchase.CoPurchaseModel;
import dev.tailor.reco.copurchase.CoPurchaseTrainer;
import dev.tailor.reco.ease.EaseModel;
import dev.tailor.reco.ease.EaseTrainer;
import dev.tailor.reco.hybrid.HybridConfig;
import dev.tailor.reco.hybrid.HybridModel;
import dev.tailor.reco.hybrid.HybridTrainer;
import dev.tailor.reco.itemknn.ItemKnnConfig;
import dev.tailor.reco.itemknn.ItemKnnModel;
import dev.tailor.reco.itemknn.ItemKnnTrainer;
import dev.tailor.reco.model.AlgorithmOptions;
import dev.tailor.reco.model.AlgorithmParams;
import dev.tailor.reco.model.ModelCodec;
import dev.tailor.reco.model.Trainer;
import dev.tailor.reco.model.TrainerFactory;
import dev.tailor.reco.popular.PopularConfig;
import dev.tailor.reco.popular.PopularModel;
import dev.tailor.reco.popular.PopularTrainer;
import dev.tailor.reco.trending.TrendingConfig;
import dev.tailor.reco.trending.TrendingModel;
import dev.tailor.reco.trending.TrendingTrainer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The algorithms by name: how to make each one's trainer from the shared parameters and its
 * options, and the codec of its models in snapshot files. One line per algorithm.
 */
public final class Algorithms {
  private record Entry(TrainerFactory factory, ModelCodec<?> codec) {}

  private static final Map<String, Entry> ENTRIES = new LinkedHashMap<>();

  static {
    register("popular", (p, o) -> new PopularTrainer(PopularConfig.from(o)), PopularModel.CODEC);
    register(
        "trending", (p, o) -> new TrendingTrainer(TrendingConfig.from(o)), TrendingModel.CODEC);
    register("itemknn", (p, o) -> new ItemKnnTrainer(ItemKnnConfig.from(p, o)), ItemKnnModel.CODEC);
    register(
        "copurchase",
        (p, o) -> new CoPurchaseTrainer(CoPurchaseConfig.from(p, o)),
        CoPurchaseModel.CODEC);
    register("content", (p, o) -> new ContentTrainer(ContentConfig.from(o)), ContentModel.CODEC);
    register(
        "hybrid",
        (p, o) -> new HybridTrainer(HybridConfig.from(o), name -> trainer(name, p, o)),
        HybridModel.CODEC);
    register("als", AlsTrainer::from, AlsModel.CODEC);
    register("ease", EaseTrainer::from, EaseModel.CODEC);
  }

  private Algorithms() {}

  private static void register(String name, TrainerFactory factory, ModelCodec<?> codec) {
    if (ENTRIES.put(name, new Entry(factory, codec)) != null) {
      throw new IllegalStateException("algorithm " + name + " registered twice");
    }
  }

  /** The known algorithm names, in registration order. */
  public static List<String> names() {
    return List.copyOf(ENTRIES.keySet());
  }

  public static boolean isKnown(String name) {
    return name != null && ENTRIES.containsKey(normalize(name));
  }

  /** A trainer with default options. */
  public static Trainer trainer(String name, AlgorithmParams params) {
    return trainer(name, params, AlgorithmOptions.NONE);
  }

  /**
   * A trainer for {@code name}; throws a {@code TailorException(BAD_INPUT)} for an unknown name
   * (listing the known ones), for options naming an unknown algorithm, and for invalid options.
   */
  public static Trainer trainer(String name, AlgorithmParams params, AlgorithmOptions options) {
    List<String> unknown = new ArrayList<>();
    for (String a : options.algorithms()) {
      if (!ENTRIES.containsKey(a)) {
        unknown.add(a);
      }
    }
    if (!unknown.isEmpty()) {
      throw new TailorException(
          ErrorCode.BAD_INPUT,
          "options name unknown algorithm(s) "
              + unknown
              + "; known: "
              + String.join(", ", names()));
    }
    return entry(name).factory().create(params, options);
  }

  /** The snapshot codec of {@code name}'s models. */
  public static ModelCodec<?> codec(String name) {
    return entry(name).codec();
  }

  private static Entry entry(String name) {
    Entry e = name == null ? null : ENTRIES.get(normalize(name));
    if (e == null) {
      throw new TailorException(
          ErrorCode.BAD_INPUT,
          "unknown algorithm '" + name + "'; known: " + String.join(", ", names()));
    }
    return e;
  }

  private static String normalize(String name) {
    return name.strip().toLowerCase(Locale.ROOT);
  }
}
