package dev.tailor.app.roi;

import picocli.CommandLine.Command;

/** {@code tailor report}: reports over all campaigns. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = "Reports over all campaigns (one campaign: tailor campaign report ID).",
    subcommands = {RoiCommand.class})
public final class ReportCommand {}
