package dev.tailor.app.data;

import picocli.CommandLine.Command;

/** {@code tailor data ...}: questions about the stored data. */
@Command(
    name = "data",
    mixinStandardHelpOptions = true,
    description = "Inspect the stored data.",
    subcommands = {DataCheckCommand.class})
public final class DataCommand {}
