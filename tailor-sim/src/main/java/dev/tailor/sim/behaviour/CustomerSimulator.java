package dev.tailor.sim.behaviour;

import dev.tailor.core.customer.Consent;
import dev.tailor.core.customer.ConsentStatus;
import dev.tailor.core.customer.Customer;
import dev.tailor.core.event.EventType;
import dev.tailor.sim.catalog.Catalog;
import dev.tailor.sim.people.CustomerCsv;
import dev.tailor.sim.people.Profile;
import dev.tailor.sim.people.ProfileGenerator;
import dev.tailor.sim.people.Taste;
import dev.tailor.sim.people.TasteGenerator;
import dev.tailor.sim.random.Draws;
import dev.tailor.sim.random.Seeds;
import dev.tailor.sim.random.WeightedTable;
import dev.tailor.sim.time.SimWindow;
import java.time.Instant;
import java.time.zone.ZoneRules;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Simulates one customer from their own seeded stream: profile, hidden tastes, anonymous visits and
 * registration for new visitors, browsing sessions at their preferred local hour (as many as their
 * activity calls for), and the newsletters they receive. Thread-safe: share one instance.
 */
public final class CustomerSimulator {
  private static final double HOUR_SPREAD = 1.5;

  private final Catalog catalog;
  private final NewsletterSchedule schedule;
  private final long seed;
  private final SimWindow window;
  private final ProfileGenerator profiles;
  private final TasteGenerator tastes;
  private final WeightedTable baseRates;

  /** A simulator of the customers of {@code catalog}'s shop in the run seeded by {@code seed}. */
  public CustomerSimulator(Catalog catalog, NewsletterSchedule schedule, long seed) {
    this.catalog = catalog;
    this.schedule = schedule;
    this.seed = seed;
    this.window = catalog.window();
    this.profiles = new ProfileGenerator(window);
    this.tastes = new TasteGenerator(catalog);
    this.baseRates = new WeightedTable(catalog.categoryBaseRates());
  }

  /** Simulates customer {@code index}; the same index always gives the same record. */
  public CustomerRecord simulate(int index) {
    SplittableRandom rng = Seeds.stream(seed, Seeds.CUSTOMER, index);
    Profile profile = profiles.draw(rng, index);
    Taste taste = tastes.draw(rng);
    Timeline timeline =
        new Timeline(window, profile.isNewVisitor() ? profile.createdAt() : Long.MIN_VALUE);
    ProductPicker picker = new ProductPicker(catalog, baseRates, taste, rng);
    String orderPrefix = "O" + profile.id().substring(1) + "-";
    SessionSimulator sessions = new SessionSimulator(catalog, picker, timeline, rng, orderPrefix);
    if (profile.isNewVisitor()) {
      visitThenRegister(profile, sessions, timeline, rng);
    }
    long from = Math.max(window.start(), profile.createdAt());
    double months = (double) (window.end() - from) / (30 * SimWindow.DAY);
    int count = Draws.poisson(rng, taste.activity() * months);
    for (int i = 0; i < count; i++) {
      long start = sessionStart(rng, profile.zone(), from, taste.preferredHour());
      if (start >= 0) {
        sessions.browse(start, false, -1);
      }
    }
    long unsubscribedAt = -1;
    if (profile.consent() == ConsentStatus.SUBSCRIBED) {
      NewsletterSimulator mail =
          new NewsletterSimulator(schedule, catalog, picker, sessions, timeline, rng);
      unsubscribedAt = mail.receive(profile.id(), taste, profile.consentAt().orElseThrow());
    }
    Consent consent =
        unsubscribedAt >= 0
            ? Consent.of(ConsentStatus.UNSUBSCRIBED, Instant.ofEpochSecond(unsubscribedAt))
            : new Consent(profile.consent(), profile.consentAt().map(Instant::ofEpochSecond));
    Customer customer = customer(profile, consent, loyaltyTier(sessions.orders()));
    return new CustomerRecord(profile, customer, taste, timeline.sorted());
  }

  /**
   * A new visitor arrives anonymously, may come back a few times, then registers: {@code identify}
   * links the anonymous id to the customer, and the visit goes on as the customer.
   */
  private static void visitThenRegister(
      Profile profile, SessionSimulator sessions, Timeline timeline, SplittableRandom rng) {
    sessions.browse(profile.firstVisit(), true, -1);
    long lastReturn = profile.createdAt() - 30 * 60;
    int returns = Draws.poisson(rng, 1.0);
    for (int i = 0; i < returns && lastReturn > profile.firstVisit(); i++) {
      sessions.browse((long) Draws.uniform(rng, profile.firstVisit(), lastReturn), true, -1);
    }
    timeline.plain(profile.createdAt(), EventType.IDENTIFY);
    sessions.browse(profile.createdAt() + 5, false, -1);
  }

  /**
   * A moment in {@code [from, window end)} on a random day, near {@code hour} in the customer's
   * local time; -1 if the draws kept falling outside.
   */
  private long sessionStart(SplittableRandom rng, ZoneRules zone, long from, int hour) {
    for (int attempt = 0; attempt < 4; attempt++) {
      long day = (long) Draws.uniform(rng, from, window.end());
      long localDay = Math.floorDiv(day + offset(zone, day), SimWindow.DAY);
      int localHour = Math.floorMod((int) Math.round(hour + HOUR_SPREAD * Draws.gaussian(rng)), 24);
      long local = localDay * SimWindow.DAY + localHour * SimWindow.HOUR + rng.nextInt(3600);
      long utc = local - offset(zone, local);
      if (utc >= from && utc < window.end()) {
        return utc;
      }
    }
    return -1;
  }

  private static int offset(ZoneRules zone, long epochSecond) {
    return zone.getOffset(Instant.ofEpochSecond(epochSecond)).getTotalSeconds();
  }

  private static String loyaltyTier(int orders) {
    return orders >= 5 ? "gold" : orders >= 2 ? "silver" : "bronze";
  }

  private static Customer customer(Profile p, Consent consent, String loyaltyTier) {
    return Customer.builder(p.id())
        .email(p.email())
        .firstName(p.firstName())
        .lastName(p.lastName())
        .timezone(p.country().timezone())
        .country(p.country().code())
        .consent(consent)
        .createdAt(Instant.ofEpochSecond(p.createdAt()))
        .attributes(
            Map.of(
                CustomerCsv.LOYALTY_TIER, loyaltyTier, CustomerCsv.SIGNUP_SOURCE, p.signupSource()))
        .build();
  }
}
