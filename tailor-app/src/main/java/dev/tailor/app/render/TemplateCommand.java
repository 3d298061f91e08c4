package dev.tailor.app.render;

import picocli.CommandLine.Command;

/** {@code tailor template ...}: work with email templates. */
@Command(
    name = "template",
    mixinStandardHelpOptions = true,
    description = "Email templates.",
    subcommands = {TemplateCheckCommand.class})
public final class TemplateCommand {}
