package dev.tailor.app;

import dev.tailor.app.cli.CliContext;
import dev.tailor.app.cli.TailorCli;

/** Entry point of the runnable jar. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(TailorCli.run(CliContext.system(), args));
  }
}
