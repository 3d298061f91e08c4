package dev.tailor.sim;

import java.nio.file.Path;
import java.time.Instant;

/**
 * Runs the generator from the command line, for measuring time and memory (not a test):
 *
 * <pre>{@code
 * java -Xmx512m -cp <classpath> dev.tailor.sim.GenerateShop OUT_DIR [customers] [products] [days]
 *     [seed] [end] [threads]
 * }</pre>
 */
public final class GenerateShop {
  private GenerateShop() {}

  public static void main(String[] args) {
    if (args.length < 1) {
      System.err.println(
          "usage: GenerateShop OUT_DIR [customers] [products] [days] [seed] [end] [threads]");
      System.exit(2);
    }
    SimConfig d = SimConfig.defaults();
    SimConfig config =
        new SimConfig(
            args.length > 1 ? Integer.parseInt(args[1]) : d.customers(),
            args.length > 2 ? Integer.parseInt(args[2]) : d.products(),
            args.length > 3 ? Integer.parseInt(args[3]) : d.days(),
            args.length > 4 ? Long.parseLong(args[4]) : d.seed(),
            args.length > 5 ? Instant.parse(args[5]) : d.end());
    int threads =
        args.length > 6 ? Integer.parseInt(args[6]) : Runtime.getRuntime().availableProcessors();
    long started = System.nanoTime();
    SimSummary summary =
        ShopGenerator.generate(
            config,
            Path.of(args[0]),
            (done, total) -> {
              if (done == total || done % 100_000 == 0) {
                System.err.printf("%,d / %,d customers%n", done, total);
              }
            },
            threads);
    double seconds = (System.nanoTime() - started) / 1e9;
    System.out.println(summary.rowsByFile());
    System.out.println(summary.eventsByType());
    System.out.printf(
        "%.1f s, %,.0f events/s, %.1f events per customer%n",
        seconds, summary.events() / seconds, (double) summary.events() / summary.customers());
  }
}
