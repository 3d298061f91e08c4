package dev.tailor.sim.behaviour;

import dev.tailor.sim.catalog.Catalog;
import dev.tailor.sim.csv.Timestamps;
import dev.tailor.sim.random.Seeds;
import dev.tailor.sim.time.SimWindow;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The weekly newsletter: sent every Thursday at 08:00 UTC during the window, each issue featuring a
 * few popular products on sale that day. Shared by all customers; immutable.
 */
public final class NewsletterSchedule {
  private static final int FEATURED = 6;
  private static final long SEND_SECOND_OF_DAY = 8 * SimWindow.HOUR;

  private final List<Campaign> campaigns;

  private NewsletterSchedule(List<Campaign> campaigns) {
    this.campaigns = List.copyOf(campaigns);
  }

  /** The issues sent during the catalog's window; featured products come from {@code seed}. */
  public static NewsletterSchedule plan(Catalog catalog, long seed) {
    SimWindow window = catalog.window();
    LocalDate day = LocalDate.ofEpochDay(Math.floorDiv(window.start(), SimWindow.DAY));
    while (day.getDayOfWeek() != DayOfWeek.THURSDAY
        || day.toEpochDay() * SimWindow.DAY + SEND_SECOND_OF_DAY < window.start()) {
      day = day.plusDays(1);
    }
    List<Campaign> campaigns = new ArrayList<>();
    for (long send = day.toEpochDay() * SimWindow.DAY + SEND_SECOND_OF_DAY;
        send < window.end();
        send += 7 * SimWindow.DAY) {
      SplittableRandom rng = Seeds.stream(seed, Seeds.CAMPAIGN, campaigns.size());
      String id = "newsletter-" + Timestamps.iso(send).substring(0, 10);
      campaigns.add(new Campaign(campaigns.size() + 1, id, send, featured(catalog, send, rng)));
    }
    return new NewsletterSchedule(campaigns);
  }

  private static int[] featured(Catalog catalog, long send, SplittableRandom rng) {
    int[] picked = new int[FEATURED];
    int n = 0;
    for (int attempt = 0; attempt < 200 && n < FEATURED; attempt++) {
      int p = catalog.drawAny(rng);
      if (p >= 0 && catalog.item(p).activeAt(send) && !contains(picked, n, p)) {
        picked[n++] = p;
      }
    }
    return java.util.Arrays.copyOf(picked, n);
  }

  private static boolean contains(int[] values, int length, int value) {
    for (int i = 0; i < length; i++) {
      if (values[i] == value) {
        return true;
      }
    }
    return false;
  }

  /** The issues, in send order. */
  public List<Campaign> campaigns() {
    return campaigns;
  }
}
