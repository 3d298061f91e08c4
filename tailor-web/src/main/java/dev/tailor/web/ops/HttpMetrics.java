package dev.tailor.web.ops;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The server's meters, exposed in the Prometheus text format: {@code http_server_requests} (a timer
 * per method, route and status, with p50/p99), {@code tailor_events_ingested_total} (events stored
 * by the API, duplicates not counted), {@code tailor_events_duplicate_total} and {@code
 * tailor_model_age_seconds} (age of the snapshot that serves recommendations; absent until one is
 * loaded).
 */
public final class HttpMetrics {
  private final PrometheusMeterRegistry registry =
      new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  private final Counter ingested;
  private final Counter duplicates;
  private final ConcurrentMap<TimerKey, Timer> timers = new ConcurrentHashMap<>();

  private record TimerKey(String method, String route, int status) {}

  public HttpMetrics(Clock clock, Supplier<Optional<Instant>> modelCreatedAt) {
    ingested =
        Counter.builder("tailor.events.ingested")
            .description("Events stored through the API (duplicates not counted)")
            .register(registry);
    duplicates =
        Counter.builder("tailor.events.duplicate")
            .description("Events received through the API whose event_id was stored already")
            .register(registry);
    Gauge.builder(
            "tailor.model.age",
            () ->
                modelCreatedAt
                    .get()
                    .map(t -> (double) Duration.between(t, clock.instant()).toSeconds())
                    .orElse(Double.NaN))
        .description("Age of the model snapshot that serves recommendations")
        .baseUnit("seconds")
        .register(registry);
  }

  /** Records one finished request. */
  public void request(String method, String route, int status, double millis) {
    timers
        .computeIfAbsent(new TimerKey(method, route, status), this::timer)
        .record((long) (millis * 1_000_000), TimeUnit.NANOSECONDS);
  }

  /** The timer of one method, route and status, registered once and then reused. */
  private Timer timer(TimerKey key) {
    return Timer.builder("http.server.requests")
        .description("HTTP requests by method, route and status")
        .tag("method", key.method())
        .tag("route", key.route())
        .tag("status", Integer.toString(key.status()))
        .publishPercentiles(0.5, 0.99)
        .register(registry);
  }

  public void ingested(int stored, int duplicate) {
    ingested.increment(stored);
    duplicates.increment(duplicate);
  }

  /** Everything, in the Prometheus text exposition format. */
  public String scrape() {
    return registry.scrape();
  }
}
