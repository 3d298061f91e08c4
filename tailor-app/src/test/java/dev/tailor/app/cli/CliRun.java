package dev.tailor.app.cli;

import dev.tailor.testkit.FixedClock;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;

/** Runs the command line in-process and captures what it prints. */
public record CliRun(int exitCode, String out, String err) {
  /** The instant the tests' clock shows. */
  public static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

  public static CliRun of(String... args) {
    return withEnv(Map.of(), args);
  }

  public static CliRun withEnv(Map<String, String> env, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      CliContext context = new CliContext(o, e, env, FixedClock.at(NOW), false);
      int code = TailorCli.run(context, args);
      return new CliRun(
          code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
  }
}
