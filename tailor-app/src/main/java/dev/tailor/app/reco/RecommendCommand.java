package dev.tailor.app.reco;

import dev.tailor.app.cli.Output;
import dev.tailor.app.cli.TailorSubcommand;
import dev.tailor.app.config.TailorConfig;
import dev.tailor.app.strategy.StrategyRun;
import dev.tailor.app.wiring.Wiring;
import dev.tailor.core.ErrorCode;
import dev.tailor.core.TailorException;
import dev.tailor.core.catalog.Product;
import dev.tailor.core.store.Store;
import dev.tailor.reco.als.AlsModel;
import dev.tailor.reco.model.Model;
import dev.tailor.reco.recommend.BatchSummary;
import dev.tailor.reco.recommend.CustomerHistory;
import dev.tailor.reco.recommend.Exclusion;
import dev.tailor.reco.recommend.ProfileBuilder;
import dev.tailor.reco.recommend.Recommendation;
import dev.tailor.reco.recommend.Recommendations;
import dev.tailor.reco.recommend.Recommender;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code tailor recommend}: one customer's recommendations, or everyone's as CSV; with {@code
 * --strategy}, decisions (see {@link StrategyRun}).
 */
@Command(
    name = "recommend",
    mixinStandardHelpOptions = true,
    description = {
      "Recommend products from a trained model (tailor train): for one customer, or for every"
          + " customer in the store as customer_id,rank,product_id,score CSV.",
      "What a customer already bought is left out unless --include-purchased. Customers the"
          + " model cannot serve (no history) get the bestsellers, and every row says which"
          + " model served it.",
      "With an ALS model, --all scores every customer the model was trained on from their"
          + " trained factors in blocks (fast; retrain to take new events into account), and the"
          + " store's other customers get the bestsellers."
    })
public final class RecommendCommand extends TailorSubcommand implements Callable<Integer> {
  @ArgGroup(exclusive = true, multiplicity = "1")
  private Who who;

  static final class Who {
    @Option(names = "--customer", paramLabel = "C", description = "The customer's id.")
    String customer;

    @Option(names = "--all", description = "Every customer in the store (needs --out).")
    boolean all;
  }

  @Option(
      names = "--algorithm",
      paramLabel = "A",
      description = "Use the latest model of this algorithm (default: the latest trained model).")
  private String algorithm;

  @Option(names = "--n", paramLabel = "N", description = "Recommendations per customer (10).")
  private int n = 10;

  @Option(names = "--out", paramLabel = "FILE", description = "CSV file for --all.")
  private Path out;

  @Option(names = "--include-purchased", description = "Do not leave out what was bought.")
  private boolean includePurchased;

  @Option(names = "--threads", paramLabel = "T", description = "Worker threads for --all.")
  private int threads = Runtime.getRuntime().availableProcessors();

  @Option(
      names = "--strategy",
      paramLabel = "F",
      description =
          "Decide with this strategy file (YAML; see examples/strategies): one customer's"
              + " decision, or with --all one JSON decision per line in --out.")
  private Path strategy;

  @Option(
      names = "--dry-run",
      description = "With --strategy: print fill rates per slot and per reason, write nothing.")
  private boolean dryRun;

  @Override
  public Integer call() {
    TailorConfig config = root().config();
    Output output = root().output();
    Wiring wiring = new Wiring(config);
    if (strategy != null) {
      if (algorithm != null) {
        throw new TailorException(
            ErrorCode.BAD_INPUT, "--strategy and --algorithm exclude each other");
      }
      return new StrategyRun(config, output, root().context().clock())
          .run(new StrategyRun.Request(strategy, who.customer, who.all, out, dryRun, threads));
    }
    if (dryRun) {
      throw new TailorException(ErrorCode.BAD_INPUT, "--dry-run needs --strategy F");
    }
    if (who.all && out == null) {
      throw new TailorException(ErrorCode.BAD_INPUT, "--all needs --out FILE");
    }
    Serving serving = Serving.load(wiring, algorithm);
    Exclusion exclusion = includePurchased ? Exclusion.NONE : Exclusion.PURCHASED;
    try (Store store = wiring.openStore()) {
      if (who.all) {
        BatchSummary summary = writeAll(store, serving, exclusion, output);
        if (output.json()) {
          output.printJson(summary);
        } else {
          output.line(
              String.format(
                  Locale.ROOT,
                  "Wrote %s for %,d customers in %.1f s (%,.0f customers/s) with %s: %,d from the"
                      + " model, %,d completed by bestsellers, %,d from bestsellers only, %,d"
                      + " empty",
                  out,
                  summary.customers(),
                  summary.seconds(),
                  summary.rate(),
                  serving.describe(),
                  summary.byModel(),
                  summary.filled(),
                  summary.byFallback(),
                  summary.empty()));
        }
      } else {
        Recommender recommender = serving.recommender(store);
        ProfileBuilder profiles = serving.profiles(config.reco().weights());
        CustomerHistory history =
            profiles.fromStore(store.events(), who.customer, 1_000, serving.reference());
        Recommendations r = recommender.recommend(history, n, exclusion);
        if (store.customers().findById(who.customer).isEmpty() && history.profile().isEmpty()) {
          output.note("customer " + who.customer + " is not in the store; showing bestsellers");
        }
        if (output.json()) {
          output.printJson(r);
        } else {
          print(r, store, serving, output);
        }
      }
    }
    return 0;
  }

  /**
   * Everyone's lists: an ALS model goes through its blocked batch kernel (trained factors), other
   * models customer by customer from their whole history.
   */
  private BatchSummary writeAll(Store store, Serving serving, Exclusion exclusion, Output output) {
    if (n < 1 || n > Recommender.MAX_N) {
      throw new TailorException(
          ErrorCode.BAD_INPUT, "--n must be between 1 and " + Recommender.MAX_N + ", not " + n);
    }
    long start = System.nanoTime();
    Model bestsellers = serving.bestsellers(store);
    output.note(
        String.format(
            Locale.ROOT,
            "bestsellers for the fallback ready in %.1f s",
            (System.nanoTime() - start) / 1e9));
    if (serving.model() instanceof AlsModel als) {
      return BulkRecommendations.writeAls(
          store, als, bestsellers, n, exclusion != Exclusion.NONE, threads, out, output);
    }
    Recommender recommender =
        bestsellers == serving.model()
            ? new Recommender(serving.model())
            : new Recommender(serving.model(), bestsellers);
    return BulkRecommendations.write(store, serving, recommender, n, exclusion, threads, out);
  }

  private static void print(Recommendations r, Store store, Serving serving, Output out) {
    out.line(
        "Recommendations for "
            + r.customerId()
            + " from "
            + serving.describe()
            + " (served by "
            + r.servedBy()
            + ")");
    r.note().ifPresent(note -> out.line("  note: " + note));
    Map<String, Product> products =
        store
            .products()
            .findAllById(r.items().stream().map(Recommendation::productId).toList())
            .stream()
            .collect(Collectors.toMap(Product::id, Function.identity()));
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("rank", "product", "title", "category", "score"));
    for (Recommendation i : r.items()) {
      Product p = products.get(i.productId());
      rows.add(
          List.of(
              Integer.toString(i.rank()),
              i.productId(),
              p == null ? "" : p.title().orElse(""),
              p == null ? "" : p.categoryPath(),
              String.format(Locale.ROOT, "%.4f", i.score())));
    }
    out.printTable(rows);
  }
}
