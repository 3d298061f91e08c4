package dev.tailor.web.dashboard;

import dev.tailor.insights.report.CampaignReport;
import dev.tailor.web.preview.CampaignPreviews;
import java.util.List;

/**
 * What the campaign pages do, implemented by the application with tailor-campaign (the same
 * planner, runner and composer as {@code tailor campaign plan|run}) and tailor-insights (the
 * report). Failures are {@code TailorException}s whose message is shown to the user.
 */
public interface CampaignDesk extends CampaignPreviews {
  /** The campaign files that can be planned and run from the dashboard, by key. */
  List<CampaignFile> files();

  /**
   * Who the campaign would reach and with what; nothing is written or sent. Blocks while every
   * recipient is decided: the plan page calls it in the background and polls.
   */
  CampaignPlan plan(String id);

  /**
   * Plans the campaign and delivers every due message through its {@code delivery} section, as
   * {@code tailor campaign run} does; returns a one-line summary. Blocks until done.
   */
  String run(String id);

  /** The campaign report: per variant and against the holdout. */
  CampaignReport report(String id);

  /** A few customers of the campaign's audience, for the preview picker. */
  List<String> sampleRecipients(String id, int n);
}
