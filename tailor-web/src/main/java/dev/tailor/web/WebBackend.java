package dev.tailor.web;

import dev.tailor.core.store.Store;
import dev.tailor.web.api.RecommendationService;
import dev.tailor.web.api.RecordReader;
import dev.tailor.web.dashboard.DashboardBackend;
import dev.tailor.web.server.RouteGroup;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the server serves, wired by the application.
 *
 * @param store the shop's data (also holds API keys and dashboard users)
 * @param clock the clock
 * @param records validation of submitted rows
 * @param recommendations the recommendations behind {@code /v1/recommendations}
 * @param dashboard the dashboard's data, or empty to serve the API alone
 * @param extraRoutes more resource groups (e.g. tracking endpoints), registered after the others
 */
public record WebBackend(
    Store store,
    Clock clock,
    RecordReader records,
    RecommendationService recommendations,
    Optional<DashboardBackend> dashboard,
    List<RouteGroup> extraRoutes) {
  public WebBackend {
    Objects.requireNonNull(store, "store");
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(records, "records");
    Objects.requireNonNull(recommendations, "recommendations");
    Objects.requireNonNull(dashboard, "dashboard");
    extraRoutes = List.copyOf(extraRoutes);
  }
}
