package dev.tailor.web.track;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EventIdTest {
  @Test
  void hitIdsAreVersion7UuidsThatSortByTheirMillisecond() {
    long t = 1_795_000_000_000L;
    List<String> ids = new ArrayList<>();
    for (int ms = 0; ms < 50; ms++) {
      for (int i = 0; i < 20; i++) {
        ids.add(TrackingRoutes.eventId(t + ms));
      }
    }
    for (int i = 0; i < ids.size(); i++) {
      UUID u = UUID.fromString(ids.get(i));
      assertThat(u.version()).isEqualTo(7);
      assertThat(u.variant()).isEqualTo(2);
      assertThat(u.getMostSignificantBits() >>> 16).isEqualTo(t + i / 20);
      if (i >= 20) {
        // a later millisecond always sorts after every id of an earlier one, as text too
        assertThat(ids.get(i)).isGreaterThan(ids.get(i / 20 * 20 - 1));
      }
    }
    assertThat(new HashSet<>(ids)).hasSize(ids.size());
  }
}
