package dev.tailor.app.campaign;

import picocli.CommandLine.Command;

/** {@code tailor campaign ...}: plan, run, resume, follow and report on campaigns. */
@Command(
    name = "campaign",
    mixinStandardHelpOptions = true,
    description =
        "Campaigns: audience, holdout, A/B/n variants, resumable delivery, reports, alerts.",
    subcommands = {
      CampaignPlanCommand.class,
      CampaignRunCommand.class,
      CampaignResumeCommand.class,
      CampaignPromoteCommand.class,
      CampaignStatusCommand.class,
      CampaignReportCommand.class,
      CampaignAlertsCommand.class,
      CampaignListCommand.class
    })
public final class CampaignCommand {}
