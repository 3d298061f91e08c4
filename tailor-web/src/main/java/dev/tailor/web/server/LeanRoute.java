package dev.tailor.web.server;

import java.util.Objects;

/**
 * An open {@code GET} route of one path segment (e.g. {@code /o/{pixel}}) that is hit often and
 * needs none of the dashboard's machinery: besides its ordinary Javalin route, the {@link LeanLane}
 * serves it ahead of Javalin's pipeline. The handler answers or throws {@link ProblemException}.
 *
 * @param route the route as registered, e.g. {@code /o/{pixel}}: a fixed prefix and one parameter
 * @param handler what answers it
 */
public record LeanRoute(String route, Handler handler) {
  /** Answers one request. */
  @FunctionalInterface
  public interface Handler {
    LeanAnswer answer(LeanRequest request);
  }

  public LeanRoute {
    Objects.requireNonNull(handler, "handler");
    int open = route.indexOf('{');
    if (!route.startsWith("/")
        || open < 1
        || route.charAt(open - 1) != '/'
        || !route.endsWith("}")
        || open + 2 > route.length() - 1) {
      throw new IllegalArgumentException("a lean route is /prefix/{name}, not " + route);
    }
  }

  /** The fixed part, e.g. {@code /o/}. */
  public String prefix() {
    return route.substring(0, route.indexOf('{'));
  }

  /** The parameter's name, e.g. {@code pixel}. */
  public String parameter() {
    return route.substring(route.indexOf('{') + 1, route.length() - 1);
  }
}
