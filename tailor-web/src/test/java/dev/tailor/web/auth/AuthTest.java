package dev.tailor.web.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tailor.core.TailorException;
import dev.tailor.core.access.ApiKeyKind;
import dev.tailor.testkit.FixedClock;
import dev.tailor.testkit.memory.InMemoryStore;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AuthTest {
  private final FixedClock clock = FixedClock.at(Instant.parse("2026-11-26T10:00:00Z"));

  @Test
  void aPasswordMatchesOnlyItselfAndEachDigestIsSalted() {
    Passwords p = new Passwords(1_000);
    String a = p.hash("twelve chars ok");
    assertThat(a).startsWith("pbkdf2-sha256$1000$");
    assertThat(p.matches("twelve chars ok", a)).isTrue();
    assertThat(p.matches("twelve chars OK", a)).isFalse();
    assertThat(p.hash("twelve chars ok")).isNotEqualTo(a);
    assertThat(p.matches("x", "not-a-digest")).isFalse();
    assertThat(p.matches("x", "pbkdf2-sha256$abc$$")).isFalse();
    assertThatThrownBy(() -> p.hash("short")).isInstanceOf(TailorException.class);
  }

  @Test
  void newDigestsUseTheStrongIterationCount() {
    assertThat(Passwords.ITERATIONS).isGreaterThanOrEqualTo(600_000);
  }

  @Test
  void aKeyIsCheckedByItsHashAndStopsWorkingWhenRevoked() {
    InMemoryStore store = new InMemoryStore();
    ApiKeys keys = new ApiKeys(store.apiKeys(), clock);
    ApiKeys.Created c = keys.create(ApiKeyKind.PUBLIC, "site");
    assertThat(c.secret()).startsWith("tk_pub_").hasSize(7 + 43);
    assertThat(store.apiKeys().list().get(0).hash()).isEqualTo(ApiKeys.sha256(c.secret()));
    assertThat(keys.check(c.secret())).isPresent();
    assertThat(keys.check(c.secret() + "x")).isEmpty();
    assertThat(keys.check(null)).isEmpty();
    assertThat(keys.revoke(c.key().id())).isTrue();
    assertThat(keys.check(c.secret())).isEmpty();
  }

  @Test
  void failedSignInsAreLimitedPerAddressAndPerUserForAWindow() {
    LoginLimiter limiter = new LoginLimiter(clock);
    for (int i = 0; i < LoginLimiter.MAX_FAILURES; i++) {
      assertThat(limiter.blocked("1.2.3.4", "admin")).isEmpty();
      limiter.failed("1.2.3.4", "admin");
    }
    assertThat(limiter.blocked("1.2.3.4", "someone")).isPresent();
    assertThat(limiter.blocked("5.6.7.8", "admin")).isPresent();
    assertThat(limiter.blocked("5.6.7.8", "someone")).isEmpty();
    clock.advance(LoginLimiter.WINDOW.plus(Duration.ofSeconds(1)));
    assertThat(limiter.blocked("1.2.3.4", "admin")).isEmpty();
  }

  @Test
  void aSessionEndsAfterItsIdleTime() {
    Sessions sessions = new Sessions(new InMemoryStore().sessions(), clock);
    Sessions.Session s = sessions.start("admin");
    assertThat(sessions.find(s.id())).contains(s);
    assertThat(s.csrf()).isNotEqualTo(s.id()).hasSize(43);
    clock.advance(Sessions.IDLE.plus(Duration.ofMinutes(1)));
    assertThat(sessions.find(s.id())).isEmpty();
  }

  @Test
  void useExtendsASessionBeyondItsFirstIdleTime() {
    Sessions sessions = new Sessions(new InMemoryStore().sessions(), clock);
    Sessions.Session s = sessions.start("admin");
    clock.advance(Sessions.IDLE.minus(Duration.ofMinutes(10)));
    assertThat(sessions.find(s.id())).contains(s);
    clock.advance(Duration.ofMinutes(20));
    assertThat(sessions.find(s.id())).contains(s);
  }

  @Test
  void aSessionOutlivesTheServerThatStartedItAndTheStoreHoldsOnlyItsHash() {
    InMemoryStore store = new InMemoryStore();
    Sessions.Session s = new Sessions(store.sessions(), clock).start("admin");
    Sessions afterRestart = new Sessions(store.sessions(), clock);
    assertThat(afterRestart.find(s.id())).contains(s);
    assertThat(store.sessions().find(s.id())).isEmpty();
    assertThat(store.sessions().find(Sessions.hash(s.id())).orElseThrow().username())
        .isEqualTo("admin");
    afterRestart.end(s.id());
    assertThat(new Sessions(store.sessions(), clock).find(s.id())).isEmpty();
  }

  @Test
  void anUnknownOrMalformedSessionIdFindsNothing() {
    Sessions sessions = new Sessions(new InMemoryStore().sessions(), clock);
    sessions.start("admin");
    assertThat(sessions.find(null)).isEmpty();
    assertThat(sessions.find("")).isEmpty();
    assertThat(sessions.find("x".repeat(500))).isEmpty();
    assertThat(sessions.find(Sessions.token())).isEmpty();
  }
}
