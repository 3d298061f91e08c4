package dev.tailor.testkit.contract;

import static dev.tailor.testkit.Fixtures.minutes;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tailor.core.event.Event;
import dev.tailor.core.event.EventType;
import dev.tailor.core.tracking.TrackingHit;
import dev.tailor.core.tracking.TrackingHitRepository;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The {@link TrackingHitRepository} contract. */
public abstract class TrackingHitRepositoryContract extends StoreContractSupport {

  private TrackingHitRepository hits() {
    return store.trackingHits();
  }

  private static Event open(String id, Instant at) {
    return Event.builder(id, EventType.EMAIL_OPENED, at)
        .customerId("c1")
        .campaignId("weekly")
        .messageId("m1")
        .build();
  }

  private static TrackingHit hit(String eventId, String agent, String proxy) {
    return new TrackingHit(
        eventId, Optional.of(agent), Optional.of("203.0.113.0/24"), Optional.ofNullable(proxy));
  }

  private List<TrackingHit> scan(Instant from, Instant to) {
    List<TrackingHit> out = new ArrayList<>();
    hits().scan(from, to, out::add);
    return out;
  }

  @Test
  public void eventsAndTheirHitsAreStoredTogether() {
    int added =
        hits()
            .appendAll(
                List.of(open("e1", minutes(1)), open("e2", minutes(2))),
                List.of(hit("e1", "Mozilla/5.0", "apple_mpp")));

    assertThat(added).isEqualTo(2);
    assertThat(store.events().count()).isEqualTo(2);
    assertThat(scan(minutes(0), minutes(10)))
        .containsExactly(hit("e1", "Mozilla/5.0", "apple_mpp"));
  }

  @Test
  public void theScanKeepsToTheEventsTimeWindow() {
    hits()
        .appendAll(
            List.of(open("e1", minutes(1)), open("e2", minutes(5))),
            List.of(hit("e1", "a", null), hit("e2", "b", null)));

    assertThat(scan(minutes(2), minutes(6))).containsExactly(hit("e2", "b", null));
    assertThat(scan(minutes(1), minutes(5))).containsExactly(hit("e1", "a", null));
  }

  @Test
  public void aReplayedEventKeepsItsFirstHitAndCountsAsNothingNew() {
    hits().appendAll(List.of(open("e1", minutes(1))), List.of(hit("e1", "first", null)));

    int added =
        hits().appendAll(List.of(open("e1", minutes(1))), List.of(hit("e1", "second", null)));

    assertThat(added).isZero();
    assertThat(scan(minutes(0), minutes(10))).containsExactly(hit("e1", "first", null));
    assertThat(store.events().count()).isEqualTo(1);
  }

  @Test
  public void aHitWithoutItsEventIsRejectedAndNothingIsStored() {
    assertRejected(
        () -> hits().appendAll(List.of(open("e1", minutes(1))), List.of(hit("e9", "a", null))));

    assertThat(store.events().count()).isZero();
    assertThat(scan(Instant.EPOCH, minutes(10))).isEmpty();
  }

  @Test
  public void anOverlongUserAgentIsCut() {
    String agent = "x".repeat(2_000);
    hits().appendAll(List.of(open("e1", minutes(1))), List.of(hit("e1", agent, null)));

    assertThat(scan(minutes(0), minutes(10)).get(0).userAgent().orElseThrow())
        .hasSize(TrackingHit.MAX_USER_AGENT);
  }
}
