package dev.tailor.web.dashboard;

import java.util.Optional;

/**
 * The plan page's view of one planning: going on, failed or done.
 *
 * @param id the campaign key
 * @param done whether planning ended
 * @param seconds seconds spent so far, or in all
 * @param plan the plan once done
 * @param error why planning failed
 */
public record CampaignPlanView(
    String id, boolean done, long seconds, Optional<CampaignPlan> plan, Optional<String> error) {}
