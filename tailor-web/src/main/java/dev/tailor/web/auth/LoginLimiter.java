package dev.tailor.web.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Limits failed sign-ins: after {@link #MAX_FAILURES} failures within {@link #WINDOW} from one
 * address, or for one user name, further attempts are refused until the oldest failure leaves the
 * window. A successful sign-in clears the user name's record.
 */
public final class LoginLimiter {
  public static final int MAX_FAILURES = 5;
  public static final Duration WINDOW = Duration.ofMinutes(15);

  private final Clock clock;
  private final ConcurrentHashMap<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

  public LoginLimiter(Clock clock) {
    this.clock = clock;
  }

  /** How long to wait before trying again, when {@code ip} or {@code username} is blocked. */
  public Optional<Duration> blocked(String ip, String username) {
    Instant now = clock.instant();
    Optional<Duration> a = wait("ip:" + ip, now);
    Optional<Duration> b = wait("user:" + username, now);
    if (a.isPresent() && b.isPresent()) {
      return Optional.of(a.get().compareTo(b.get()) > 0 ? a.get() : b.get());
    }
    return a.isPresent() ? a : b;
  }

  public void failed(String ip, String username) {
    Instant now = clock.instant();
    record("ip:" + ip, now);
    record("user:" + username, now);
    if (failures.size() > 100_000) {
      failures.clear();
    }
  }

  public void succeeded(String username) {
    failures.remove("user:" + username);
  }

  private void record(String key, Instant now) {
    failures.compute(
        key,
        (k, q) -> {
          Deque<Instant> d = q == null ? new ArrayDeque<>() : q;
          prune(d, now);
          d.addLast(now);
          return d;
        });
  }

  private Optional<Duration> wait(String key, Instant now) {
    Deque<Instant> d = failures.get(key);
    if (d == null) {
      return Optional.empty();
    }
    synchronized (d) {
      prune(d, now);
      if (d.size() < MAX_FAILURES) {
        return Optional.empty();
      }
      return Optional.of(Duration.between(now, d.peekFirst().plus(WINDOW)));
    }
  }

  private static void prune(Deque<Instant> d, Instant now) {
    synchronized (d) {
      while (!d.isEmpty() && d.peekFirst().plus(WINDOW).isBefore(now)) {
        d.removeFirst();
      }
    }
  }
}
