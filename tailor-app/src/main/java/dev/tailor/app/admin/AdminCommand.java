package dev.tailor.app.admin;

import picocli.CommandLine.Command;

/** {@code tailor admin ...}: who may use the server. */
@Command(
    name = "admin",
    mixinStandardHelpOptions = true,
    description = "Dashboard users and API keys.",
    subcommands = {CreateUserCommand.class, KeyCommand.class})
public final class AdminCommand {}
