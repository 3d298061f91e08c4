package dev.tailor.sim.behaviour;

import dev.tailor.core.event.EventType;
import dev.tailor.sim.catalog.Catalog;
import dev.tailor.sim.people.Taste;
import dev.tailor.sim.random.Draws;
import dev.tailor.sim.time.SimWindow;
import java.util.SplittableRandom;

/**
 * One subscriber's newsletters: each issue is delivered (or bounces, after which no more are sent),
 * opened at the customer's open rate, clicked at their click rate (a featured product or one to
 * their taste, followed by a visit to the shop), and occasionally leads to an unsubscribe.
 */
final class NewsletterSimulator {
  private static final double FEATURED_CLICK = 0.4;
  private static final int DELIVERY_SPREAD = 45 * 60;
  private static final double OPEN_DELAY = 3 * SimWindow.HOUR;

  private final NewsletterSchedule schedule;
  private final Catalog catalog;
  private final ProductPicker picker;
  private final SessionSimulator sessions;
  private final Timeline timeline;
  private final SplittableRandom rng;

  NewsletterSimulator(
      NewsletterSchedule schedule,
      Catalog catalog,
      ProductPicker picker,
      SessionSimulator sessions,
      Timeline timeline,
      SplittableRandom rng) {
    this.schedule = schedule;
    this.catalog = catalog;
    this.picker = picker;
    this.sessions = sessions;
    this.timeline = timeline;
    this.rng = rng;
  }

  /**
   * Sends every issue from {@code subscribedAt} on to {@code customerId}. Returns when the customer
   * unsubscribed (epoch seconds), or -1 if they stayed subscribed.
   */
  long receive(String customerId, Taste taste, long subscribedAt) {
    for (Campaign campaign : schedule.campaigns()) {
      if (campaign.sendTime() < subscribedAt) {
        continue;
      }
      String message = campaign.messageId(customerId);
      long delivered = campaign.sendTime() + rng.nextInt(DELIVERY_SPREAD);
      if (taste.badAddress()) {
        timeline.email(delivered, EventType.EMAIL_BOUNCED, -1, campaign.id(), message);
        return -1;
      }
      if (!timeline.email(delivered, EventType.EMAIL_DELIVERED, -1, campaign.id(), message)) {
        continue;
      }
      long opened = -1;
      if (Draws.chance(rng, taste.openRate())) {
        long t = delivered + 30 + (long) Draws.exponential(rng, OPEN_DELAY);
        if (timeline.email(t, EventType.EMAIL_OPENED, -1, campaign.id(), message)) {
          opened = t;
          click(campaign, message, taste, t + 10 + rng.nextInt(290));
        }
      }
      if (Draws.chance(rng, taste.unsubscribeRate())) {
        long t =
            opened >= 0
                ? opened + 20 + rng.nextInt(600)
                : delivered + (long) Draws.exponential(rng, SimWindow.DAY);
        if (timeline.email(t, EventType.EMAIL_UNSUBSCRIBED, -1, campaign.id(), message)) {
          return t;
        }
      }
    }
    return -1;
  }

  private void click(Campaign campaign, String message, Taste taste, long t) {
    if (!Draws.chance(rng, taste.clickRate())) {
      return;
    }
    int product = -1;
    if (campaign.featured().length > 0 && Draws.chance(rng, FEATURED_CLICK)) {
      int p = campaign.featured()[rng.nextInt(campaign.featured().length)];
      product = catalog.item(p).activeAt(t) ? p : -1;
    }
    if (product < 0) {
      product = picker.pick(t, -1);
    }
    if (product >= 0
        && timeline.email(t, EventType.EMAIL_CLICKED, product, campaign.id(), message)) {
      sessions.browse(t + 3, false, product);
    }
  }
}
