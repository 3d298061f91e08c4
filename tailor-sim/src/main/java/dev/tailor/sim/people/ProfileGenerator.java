package dev.tailor.sim.people;

import dev.tailor.core.customer.ConsentStatus;
import dev.tailor.sim.random.Draws;
import dev.tailor.sim.time.SimWindow;
import java.time.ZoneId;
import java.time.zone.ZoneRules;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Draws who a customer is. About one in five customers is new: they first visit during the window
 * and register later; the others registered up to three years before it. Consent is mostly {@code
 * subscribed}, some {@code unsubscribed}, some {@code never}.
 */
public final class ProfileGenerator {
  private static final double NEW_VISITORS = 0.2;
  private static final long HISTORY_DAYS = 3 * 365;
  private static final List<String> OLD_SOURCES =
      List.of("checkout", "account", "newsletter_popup", "store");
  private static final double[] OLD_SOURCE_SHARES = {0.4, 0.3, 0.2, 0.1};
  private static final List<String> NEW_SOURCES =
      List.of("checkout", "account", "newsletter_popup");
  private static final double[] NEW_SOURCE_SHARES = {0.5, 0.3, 0.2};

  private final SimWindow window;
  private final Map<String, ZoneRules> zones = new HashMap<>();

  /** A generator of customers for the history covered by {@code window}. */
  public ProfileGenerator(SimWindow window) {
    this.window = window;
    for (Countries.Country c : Countries.ALL) {
      zones.put(c.timezone(), ZoneId.of(c.timezone()).getRules());
    }
  }

  /** Draws customer {@code index} from {@code rng}. */
  public Profile draw(SplittableRandom rng, int index) {
    Countries.Country country = Countries.draw(rng);
    String first = Names.firstName(rng, country.language());
    String last = Names.lastName(rng, country.language());
    String email = Names.email(rng, first, last, index + 1);
    boolean isNew =
        window.end() - window.start() > SimWindow.DAY && Draws.chance(rng, NEW_VISITORS);
    long firstVisit = 0;
    long created;
    Optional<String> anonymousId = Optional.empty();
    if (isNew) {
      firstVisit = (long) Draws.uniform(rng, window.start(), window.end() - 2 * SimWindow.HOUR);
      long delay = 600 + (long) Draws.exponential(rng, 4 * SimWindow.DAY);
      created = Math.min(firstVisit + delay, window.end() - SimWindow.HOUR);
      anonymousId = Optional.of(uuid(rng));
    } else {
      created =
          window.start() - (long) Draws.uniform(rng, SimWindow.HOUR, HISTORY_DAYS * SimWindow.DAY);
    }
    double r = rng.nextDouble();
    ConsentStatus consent;
    Optional<Long> consentAt;
    if (r < (isNew ? 0.70 : 0.78)) {
      consent = ConsentStatus.SUBSCRIBED;
      consentAt = Optional.of(created);
    } else if (!isNew && r < 0.90) {
      consent = ConsentStatus.UNSUBSCRIBED;
      consentAt = Optional.of(created + (long) Draws.uniform(rng, 0, window.start() - created));
    } else {
      consent = ConsentStatus.NEVER;
      consentAt = Optional.empty();
    }
    String source =
        isNew
            ? NEW_SOURCES.get(Draws.weighted(rng, NEW_SOURCE_SHARES))
            : OLD_SOURCES.get(Draws.weighted(rng, OLD_SOURCE_SHARES));
    return new Profile(
        index,
        Profile.idOf(index),
        first,
        last,
        email,
        country,
        zones.get(country.timezone()),
        created,
        anonymousId,
        firstVisit,
        consent,
        consentAt,
        source);
  }

  /** A random (version 4) UUID from {@code rng}, as anonymous ids usually are. */
  private static String uuid(SplittableRandom rng) {
    long msb = (rng.nextLong() & ~0xF000L) | 0x4000L;
    long lsb = (rng.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
    return new UUID(msb, lsb).toString();
  }
}
