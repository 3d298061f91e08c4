package dev.tailor.app.cli;

import dev.tailor.core.TailorException;
import picocli.CommandLine;

/**
 * Runs the command line: builds the picocli tree and maps failures to exit codes (0 success, 1
 * runtime failure, 2 bad usage or bad input).
 */
public final class TailorCli {
  public static final int OK = 0;
  public static final int FAILURE = 1;
  public static final int BAD_INPUT = 2;

  private TailorCli() {}

  public static int run(CliContext context, String... args) {
    CommandLine cli = new CommandLine(new TailorCommand(context), new CommandFactory(context));
    cli.setOut(new java.io.PrintWriter(context.out(), true));
    cli.setErr(new java.io.PrintWriter(context.err(), true));
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          if (e instanceof TailorException te) {
            context.err().println("error: " + te.getMessage());
            return te.code().isUserError() ? BAD_INPUT : FAILURE;
          }
          context.err().println("error: " + e);
          if (context.env().containsKey("TAILOR_DEBUG")) {
            e.printStackTrace(context.err());
          } else {
            context.err().println("(set TAILOR_DEBUG=1 for the stack trace)");
          }
          return FAILURE;
        });
    return cli.execute(args);
  }
}
