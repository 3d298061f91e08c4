package dev.tailor.app.cli;

import java.io.PrintStream;
import java.time.Clock;
import java.util.Map;

/**
 * What a command needs from the outside world, passed in so tests can run commands in-process.
 *
 * @param out standard output (results; JSON with {@code --json})
 * @param err standard error (progress, warnings, errors)
 * @param env environment variables
 * @param clock the clock
 * @param interactive whether stdout is a terminal (draw progress bars)
 */
public record CliContext(
    PrintStream out, PrintStream err, Map<String, String> env, Clock clock, boolean interactive) {

  public static CliContext system() {
    return new CliContext(
        System.out, System.err, System.getenv(), Clock.systemUTC(), System.console() != null);
  }
}
