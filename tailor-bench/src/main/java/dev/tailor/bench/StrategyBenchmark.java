package dev.tailor.bench;

import dev.tailor.core.catalog.Product;
import dev.tailor.core.event.Event;
import dev.tailor.core.event.EventType;
import dev.tailor.reco.Algorithms;
import dev.tailor.reco.data.InteractionLog;
import dev.tailor.reco.data.WeightScheme;
import dev.tailor.reco.model.AlgorithmParams;
import dev.tailor.reco.model.Model;
import dev.tailor.reco.model.TrainingData;
import dev.tailor.strategy.decide.DecisionEngine;
import dev.tailor.strategy.source.ModelSet;
import dev.tailor.strategy.spec.StrategyParser;
import dev.tailor.strategy.spec.StrategySpec;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Decision latency and throughput of a strategy on a generated shop held in memory: a catalog of
 * {@code products} items over 60 categories and 25 brands, {@code customers} customers who view and
 * buy mostly in one category; the strategy's models are trained first. Prints p50/p99 of
 * single-threaded decisions and customers/s over {@code threads} threads. With {@code
 * -Dstrategy.dump=FILE} it also writes the first 20,000 customers' decisions, one per line, to
 * compare two builds.
 *
 * <p>Run: {@code java -cp tailor-bench/target/benchmarks.jar dev.tailor.bench.StrategyBenchmark
 * [strategy.yaml] [products] [customers] [threads]}
 */
public final class StrategyBenchmark {
  static final Instant NOW = Instant.parse("2026-11-01T00:00:00Z");

  private StrategyBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path file = Path.of(args.length > 0 ? args[0] : "examples/strategies/fashion-5-slot.yaml");
    int products = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
    int customers = args.length > 2 ? Integer.parseInt(args[2]) : 50_000;
    int threads = args.length > 3 ? Integer.parseInt(args[3]) : 2;
    StrategySpec spec = StrategyParser.parse(file);
    Map<String, Product> catalog = catalog(products, new SplittableRandom(1));
    Map<String, List<Event>> events = events(catalog, customers, new SplittableRandom(2));
    InteractionLog.Builder log = InteractionLog.builder();
    events.values().forEach(l -> l.forEach(log::add));
    TrainingData data =
        TrainingData.of(log.build(), catalog, WeightScheme.DEFAULTS, Optional.empty());
    Map<String, Model> models = new LinkedHashMap<>();
    for (String a : spec.algorithms()) {
      long t = System.nanoTime();
      models.put(a, Algorithms.trainer(a, AlgorithmParams.DEFAULTS).train(data));
      System.out.printf(Locale.ROOT, "trained %s in %.1f s%n", a, (System.nanoTime() - t) / 1e9);
    }
    DecisionEngine engine =
        new DecisionEngine(
            spec,
            ModelSet.of(models, WeightScheme.DEFAULTS, data.reference()),
            catalog,
            DecisionEngine.Settings.of(Clock.fixed(NOW, ZoneOffset.UTC)));
    List<String> ids = new ArrayList<>(events.keySet());
    latency(engine, ids, events);
    throughput(engine, ids, events, threads);
    String dump = System.getProperty("strategy.dump");
    if (dump != null) {
      dump(engine, ids.subList(0, Math.min(ids.size(), 20_000)), events, Path.of(dump));
    }
  }

  /**
   * Writes the decisions of the first {@code n} customers, one per line (their {@code toString}),
   * to compare two builds' decisions on this shop.
   */
  private static void dump(
      DecisionEngine engine, List<String> ids, Map<String, List<Event>> events, Path out)
      throws java.io.IOException {
    try (java.io.BufferedWriter w = java.nio.file.Files.newBufferedWriter(out)) {
      for (String c : ids) {
        w.write(engine.decide(c, Optional.empty(), events.get(c)).toString());
        w.write('\n');
      }
    }
  }

  private static final java.lang.management.ThreadMXBean CPU =
      java.lang.management.ManagementFactory.getThreadMXBean();

  private static void latency(
      DecisionEngine engine, List<String> ids, Map<String, List<Event>> events) {
    int warm = Math.min(ids.size(), 5_000);
    for (int i = 0; i < warm; i++) {
      engine.decide(ids.get(i), Optional.empty(), events.get(ids.get(i)));
    }
    int n = Math.min(ids.size(), 20_000);
    long[] ns = new long[n];
    long[] cpu = new long[n];
    long items = 0;
    dev.tailor.strategy.decide.FillReport report = new dev.tailor.strategy.decide.FillReport();
    for (int i = 0; i < n; i++) {
      String c = ids.get(ids.size() - 1 - i);
      long c0 = CPU.getCurrentThreadCpuTime();
      long t = System.nanoTime();
      dev.tailor.core.decision.Decision d = engine.decide(c, Optional.empty(), events.get(c));
      ns[i] = System.nanoTime() - t;
      cpu[i] = CPU.getCurrentThreadCpuTime() - c0;
      items += d.items().size();
      report.add(d);
    }
    System.out.println("fill rates: " + report.toMap());
    System.out.printf(
        Locale.ROOT,
        "single thread, %d decisions: wall p50 %.3f ms, p99 %.3f ms, max %.3f ms; "
            + "CPU p50 %.3f ms, p99 %.3f ms, mean %.3f ms; %.1f items per decision%n",
        n,
        pct(ns, 0.5),
        pct(ns, 0.99),
        pct(ns, 1),
        pct(cpu, 0.5),
        pct(cpu, 0.99),
        Arrays.stream(cpu).average().orElse(0) / 1e6,
        (double) items / n);
  }

  /** The {@code q} quantile in ms; sorts {@code values}. */
  private static double pct(long[] values, double q) {
    Arrays.sort(values);
    return values[Math.min(values.length - 1, (int) (values.length * q))] / 1e6;
  }

  private static void throughput(
      DecisionEngine engine, List<String> ids, Map<String, List<Event>> events, int threads)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    long t = System.nanoTime();
    List<Future<Long>> parts = new ArrayList<>();
    int step = (ids.size() + threads - 1) / threads;
    for (int from = 0; from < ids.size(); from += step) {
      List<String> part = ids.subList(from, Math.min(ids.size(), from + step));
      parts.add(
          pool.submit(
              () -> {
                long c0 = CPU.getCurrentThreadCpuTime();
                part.forEach(c -> engine.decide(c, Optional.empty(), events.get(c)));
                return CPU.getCurrentThreadCpuTime() - c0;
              }));
    }
    long cpu = 0;
    for (Future<Long> f : parts) {
      cpu += f.get();
    }
    double s = (System.nanoTime() - t) / 1e9;
    pool.shutdown();
    System.out.printf(
        Locale.ROOT,
        "one by one, %d threads: %,d decisions in %.1f s = %,.0f customers/s; CPU %.1f s = %.0f us per"
            + " decision (%,.0f customers/s per busy core); load average %.1f%n",
        threads,
        ids.size(),
        s,
        ids.size() / s,
        cpu / 1e9,
        cpu / 1e3 / ids.size(),
        ids.size() / (cpu / 1e9),
        java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
  }

  static Map<String, Product> catalog(int n, SplittableRandom r) {
    Map<String, Product> out = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      String id = String.format(Locale.ROOT, "P%06d", i);
      out.put(
          id,
          Product.builder(id)
              .title("Item " + i)
              .category(List.of("Dept" + (i % 60) / 10, "Cat" + i % 60))
              .brand("Brand" + r.nextInt(25))
              .price(BigDecimal.valueOf(5 + r.nextInt(200)))
              .margin(0.1 + 0.5 * r.nextDouble())
              .inventory(r.nextInt(10) == 0 ? 3 : 20 + r.nextInt(200))
              .createdAt(NOW.minus(Duration.ofDays(r.nextInt(365))))
              .build());
    }
    return out;
  }

  static Map<String, List<Event>> events(
      Map<String, Product> catalog, int customers, SplittableRandom r) {
    List<String> ids = new ArrayList<>(catalog.keySet());
    int n = ids.size();
    Map<String, List<Event>> out = new HashMap<>();
    long e = 0;
    for (int c = 0; c < customers; c++) {
      String cid = "C" + c;
      int taste = r.nextInt(60);
      List<Event> mine = new ArrayList<>();
      int k = 1 + r.nextInt(20);
      for (int j = 0; j < k; j++) {
        int cat = r.nextInt(5) == 0 ? r.nextInt(60) : taste;
        // popularity skew: low ranks within a category are more popular
        int within =
            (int) Math.min(n / 60 - 1, Math.abs(r.nextDouble() * r.nextDouble() * (n / 60)));
        String p = ids.get(Math.min(n - 1, cat + 60 * within));
        boolean buy = r.nextInt(4) == 0;
        Event.Builder b =
            Event.builder(
                    "e" + e++,
                    buy ? EventType.ORDER_COMPLETED : EventType.PRODUCT_VIEWED,
                    NOW.minus(Duration.ofMinutes(1 + r.nextInt(60 * 24 * 80))))
                .customerId(cid)
                .productId(p);
        if (buy) {
          b.orderId(cid + "-" + j / 3).price(catalog.get(p).price().orElseThrow());
        }
        mine.add(b.build());
      }
      out.put(cid, mine);
    }
    return out;
  }
}
