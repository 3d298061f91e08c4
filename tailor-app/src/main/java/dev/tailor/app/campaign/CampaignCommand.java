package dev.tailor.app.campaign;

import picocli.CommandLine.Command;

/** {@code tailor campaign ...}: plan, run, resume and follow campaigns. */
@Command(
    name = "campaign",
    mixinStandardHelpOptions = true,
    description = "Campaigns: audience, holdout, A/B/n variants, resumable delivery.",
    subcommands = {
      CampaignPlanCommand.class,
      CampaignRunCommand.class,
      CampaignResumeCommand.class,
      CampaignStatusCommand.class,
      CampaignListCommand.class
    })
public final class CampaignCommand {}
