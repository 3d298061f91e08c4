package dev.tailor.campaign.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tailor.campaign.spec.SendTimeSpec;
import dev.tailor.core.customer.Customer;
import dev.tailor.core.event.Event;
import dev.tailor.core.event.EventType;
import dev.tailor.testkit.Fixtures;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SendTimesTest {
  private static final Instant NOW = Instant.parse("2025-06-02T09:00:00Z");
  private static final ZoneId UTC = ZoneId.of("UTC");

  private static SendTimes times(SendTimeSpec.Policy policy) {
    return new SendTimes(
        new SendTimeSpec(
            policy,
            Optional.of(Instant.parse("2025-06-05T10:00:00Z")),
            Optional.of(LocalTime.of(8, 30)),
            UTC));
  }

  private static Customer in(String zone) {
    return Fixtures.customerBuilder("c1").timezone(zone).build();
  }

  private static List<Event> clicksAt(String... instants) {
    List<Event> out = new ArrayList<>();
    int i = 0;
    for (String t : instants) {
      out.add(
          Event.builder("e" + i++, EventType.EMAIL_CLICKED, Instant.parse(t))
              .customerId("c1")
              .build());
    }
    return out;
  }

  @Test
  void nowAndFixedIgnoreTheCustomer() {
    assertThat(times(SendTimeSpec.Policy.NOW).dueAt(in("Asia/Tokyo"), List::of, NOW))
        .isEqualTo(NOW);
    assertThat(times(SendTimeSpec.Policy.FIXED).dueAt(in("Asia/Tokyo"), List::of, NOW))
        .isEqualTo(Instant.parse("2025-06-05T10:00:00Z"));
  }

  @Test
  void aLocalTimeIsTheNextOccurrenceInTheCustomersZone() {
    SendTimes t = times(SendTimeSpec.Policy.LOCAL);
    // 09:00 UTC is 11:00 in Berlin (summer): 08:30 has passed, so tomorrow 06:30 UTC.
    assertThat(t.dueAt(in("Europe/Berlin"), List::of, NOW))
        .isEqualTo(Instant.parse("2025-06-03T06:30:00Z"));
    // 09:00 UTC is 05:00 in New York: 08:30 today is 12:30 UTC.
    assertThat(t.dueAt(in("America/New_York"), List::of, NOW))
        .isEqualTo(Instant.parse("2025-06-02T12:30:00Z"));
    // An unknown zone falls back to the default (UTC): tomorrow 08:30.
    assertThat(t.dueAt(in("Mars/Olympus"), List::of, NOW))
        .isEqualTo(Instant.parse("2025-06-03T08:30:00Z"));
  }

  @Test
  void theBestHourIsTheHourOfMostClicksElseTheLocalTime() {
    SendTimes t = times(SendTimeSpec.Policy.BEST_HOUR);
    List<Event> clicks =
        clicksAt(
            "2025-05-01T18:10:00Z",
            "2025-05-08T18:40:00Z",
            "2025-05-09T18:05:00Z",
            "2025-05-10T07:00:00Z");
    // In Berlin those clicks are at 20:xx (three) and 09:00 (one): next 20:00 Berlin = 18:00 UTC.
    assertThat(t.dueAt(in("Europe/Berlin"), () -> clicks, NOW))
        .isEqualTo(Instant.parse("2025-06-02T18:00:00Z"));
    // Two clicks are too few to trust: the local time.
    assertThat(t.dueAt(in("Europe/Berlin"), () -> clicks.subList(0, 2), NOW))
        .isEqualTo(Instant.parse("2025-06-03T06:30:00Z"));
  }
}
