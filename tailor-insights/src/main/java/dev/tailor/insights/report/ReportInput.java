package dev.tailor.insights.report;

import dev.tailor.core.ErrorCode;
import dev.tailor.core.Ids;
import dev.tailor.core.TailorException;
import dev.tailor.core.event.Event;
import dev.tailor.insights.attribution.SentMessage;
import dev.tailor.insights.engagement.EmailHit;
import java.util.List;

/**
 * What a campaign report is computed from.
 *
 * @param campaignId the campaign reported on
 * @param messages its messages, variants and holdout; messages of other campaigns may be included
 *     so that an order goes to whichever email was really touched last
 * @param hits opens and clicks, with the user agent and address where the tracking endpoint saw
 *     them ({@link EmailHit#fromEvent} for bare events)
 * @param events orders, bounces and unsubscribes (other types are ignored)
 * @param feedback 👍 / 👎 on emails and products
 * @param catalogSize products in the catalog, for the coverage of recommendations (0 if unknown)
 */
public record ReportInput(
    String campaignId,
    List<SentMessage> messages,
    List<EmailHit> hits,
    List<Event> events,
    List<Feedback> feedback,
    long catalogSize) {
  public ReportInput {
    campaignId = Ids.require("campaign_id", campaignId);
    messages = List.copyOf(messages);
    hits = List.copyOf(hits);
    events = List.copyOf(events);
    feedback = List.copyOf(feedback);
    if (catalogSize < 0) {
      throw new TailorException(
          ErrorCode.BAD_INPUT, "catalog size must not be negative, not " + catalogSize);
    }
  }
}
