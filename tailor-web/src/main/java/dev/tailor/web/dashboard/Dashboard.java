package dev.tailor.web.dashboard;

import dev.tailor.core.store.Store;
import dev.tailor.web.auth.ApiKeys;
import dev.tailor.web.auth.LoginLimiter;
import dev.tailor.web.auth.Passwords;
import dev.tailor.web.auth.Sessions;
import dev.tailor.web.server.RouteGroup;
import java.time.Clock;
import java.util.List;

/** The dashboard's resource groups. */
public final class Dashboard {
  private Dashboard() {}

  public static List<RouteGroup> routeGroups(
      DashboardBackend backend,
      Store store,
      ApiKeys keys,
      Sessions sessions,
      Passwords passwords,
      LoginLimiter limiter,
      boolean secureCookies,
      Clock clock) {
    return List.of(
        new LoginRoutes(store.users(), sessions, passwords, limiter, secureCookies),
        new HealthPage(backend),
        new ModelPages(backend),
        new StrategyPages(backend),
        new TemplatePages(backend),
        new CampaignPages(store, backend.campaigns(), clock),
        new SettingsPages(keys, store, clock));
  }
}
