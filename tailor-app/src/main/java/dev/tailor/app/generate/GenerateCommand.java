package dev.tailor.app.generate;

import dev.tailor.app.cli.Output;
import dev.tailor.app.cli.ProgressBar;
import dev.tailor.app.cli.TailorSubcommand;
import dev.tailor.core.ErrorCode;
import dev.tailor.core.TailorException;
import dev.tailor.core.event.EventType;
import dev.tailor.sim.ShopGenerator;
import dev.tailor.sim.SimConfig;
import dev.tailor.sim.SimSummary;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code tailor generate}: writes a synthetic fashion shop in the interchange format. */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    description =
        "Write a synthetic fashion shop (products, customers, events, and the customers' hidden"
            + " tastes) as interchange files. Deterministic for a seed and end date.")
public final class GenerateCommand extends TailorSubcommand implements Callable<Integer> {
  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder.")
  private Path out;

  @Option(names = "--customers", paramLabel = "N", description = "Customers (default 2000).")
  private int customers = SimConfig.DEFAULT_CUSTOMERS;

  @Option(names = "--products", paramLabel = "M", description = "Products (default 400).")
  private int products = SimConfig.DEFAULT_PRODUCTS;

  @Option(names = "--days", paramLabel = "K", description = "Days of history (default 120).")
  private int days = SimConfig.DEFAULT_DAYS;

  @Option(names = "--seed", paramLabel = "S", description = "Random seed (default 42).")
  private long seed = SimConfig.DEFAULT_SEED;

  @Option(
      names = "--end",
      paramLabel = "DATE",
      description =
          "When the history ends: a date (2026-11-01), an instant (2026-11-01T00:00:00Z) or"
              + " 'today' (default 2026-11-01, fixed so that output never depends on the clock).")
  private String end;

  @Override
  public Integer call() {
    Output output = root().output();
    SimConfig config =
        new SimConfig(customers, products, days, seed, parseEnd(end, root().context().clock()));
    SimSummary summary = generate(config, out, output);
    if (output.json()) {
      output.printJson(summary);
    } else {
      print(summary, output);
    }
    return 0;
  }

  /** Generates with a progress bar; shared with the demo. */
  public static SimSummary generate(SimConfig config, Path dir, Output output) {
    try (ProgressBar bar = output.progress("generating")) {
      return ShopGenerator.generate(
          config, dir, (done, total) -> bar.update(done, total, "customers"));
    }
  }

  static Instant parseEnd(String value, java.time.Clock clock) {
    if (value == null) {
      return SimConfig.DEFAULT_END;
    }
    if (value.equalsIgnoreCase("today")) {
      return LocalDate.now(clock.withZone(ZoneOffset.UTC)).atStartOfDay().toInstant(ZoneOffset.UTC);
    }
    try {
      return value.contains("T")
          ? Instant.parse(value)
          : LocalDate.parse(value).atStartOfDay().toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      throw new TailorException(
          ErrorCode.BAD_INPUT,
          "--end must be a date like 2026-11-01, an instant like 2026-11-01T00:00:00Z or 'today',"
              + " not '"
              + value
              + "'");
    }
  }

  /** Prints what was written. */
  public static void print(SimSummary s, Output output) {
    output.line("Generated a synthetic shop in " + s.directory());
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("file", "rows"));
    for (Map.Entry<String, Long> e : s.rowsByFile().entrySet()) {
      rows.add(List.of(e.getKey(), n(e.getValue())));
    }
    output.printTable(rows);
    StringBuilder types = new StringBuilder("  events by type:");
    for (Map.Entry<EventType, Long> e : s.eventsByType().entrySet()) {
      if (e.getValue() > 0) {
        types.append(' ').append(e.getKey().wireName()).append('=').append(n(e.getValue()));
      }
    }
    output.line(types.toString());
  }

  private static String n(long v) {
    return String.format(Locale.ROOT, "%,d", v);
  }
}
