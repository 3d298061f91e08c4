package dev.tailor.app.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Base of subcommands: reaches the root command for global options and configuration. */
public abstract class TailorSubcommand {
  @Spec private CommandSpec spec;

  protected TailorCommand root() {
    return (TailorCommand) spec.root().userObject();
  }
}
