package dev.tailor.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tailor.core.TailorException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class RecommendationAdmissionTest {
  @Test
  void requestsBeyondTheRunningAndWaitingLimitsAreRefusedAtOnce() throws InterruptedException {
    RecommendationAdmission a =
        new RecommendationAdmission(new RecommendationLimits(2, 0, Duration.ofMillis(5)));

    assertThat(a.enter()).isTrue();
    assertThat(a.enter()).isTrue();
    assertThat(a.enter()).as("no queue: the third is refused").isFalse();
    assertThat(a.refused()).isEqualTo(1);

    a.leave();
    assertThat(a.enter()).as("a turn freed by a finished request").isTrue();
  }

  @Test
  void aWaitingRequestGetsTheTurnFreedWithinItsWait() throws InterruptedException {
    RecommendationAdmission a =
        new RecommendationAdmission(new RecommendationLimits(1, 1, Duration.ofSeconds(30)));
    assertThat(a.enter()).isTrue();
    boolean[] admitted = new boolean[1];
    Thread waiter =
        new Thread(
            () -> {
              try {
                admitted[0] = a.enter();
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            });
    waiter.start();
    a.leave();
    waiter.join();

    assertThat(admitted[0]).isTrue();
    assertThat(a.refused()).isZero();
  }

  @Test
  void aWaitThatRunsOutIsRefused() throws InterruptedException {
    RecommendationAdmission a =
        new RecommendationAdmission(new RecommendationLimits(1, 4, Duration.ZERO));
    assertThat(a.enter()).isTrue();

    assertThat(a.enter()).isFalse();
    assertThat(a.refused()).isEqualTo(1);
  }

  @Test
  void limitsThatCannotWorkAreRejectedNamingTheLimit() {
    assertThatThrownBy(() -> new RecommendationLimits(0, 1, Duration.ZERO))
        .isInstanceOf(TailorException.class)
        .hasMessageContaining("concurrent");
    assertThatThrownBy(() -> new RecommendationLimits(1, -1, Duration.ZERO))
        .hasMessageContaining("queue");
  }
}
