package dev.tailor.web.server;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Handler;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Registers routes on Javalin behind the {@link Gate}, and remembers them, so that the API
 * description can be checked against what is really served.
 */
public final class RouteTable {
  /**
   * One registered route.
   *
   * @param method {@code GET}, {@code POST}, {@code PUT} or {@code DELETE}
   * @param path the path as registered, e.g. {@code /v1/track}
   * @param access who may call it
   */
  public record Route(String method, String path, Access access) {}

  /** Context attribute holding the path of the route a request matched, for logs and metrics. */
  public static final String ROUTE = "tailor.route";

  private final RoutesConfig routes;
  private final Gate gate;
  private final List<Route> registered = new ArrayList<>();
  private final List<LeanRoute> lean = new ArrayList<>();

  public RouteTable(RoutesConfig routes, Gate gate) {
    this.routes = routes;
    this.gate = gate;
  }

  public RouteTable get(String path, Access access, Handler handler) {
    routes.get(path, guarded(path, access, handler));
    return remember("GET", path, access);
  }

  public RouteTable post(String path, Access access, Handler handler) {
    routes.post(path, guarded(path, access, handler));
    return remember("POST", path, access);
  }

  public RouteTable put(String path, Access access, Handler handler) {
    routes.put(path, guarded(path, access, handler));
    return remember("PUT", path, access);
  }

  public RouteTable delete(String path, Access access, Handler handler) {
    routes.delete(path, guarded(path, access, handler));
    return remember("DELETE", path, access);
  }

  /**
   * An open GET route that the {@link LeanLane} also serves ahead of Javalin; Javalin's route
   * answers what the lane leaves to it.
   */
  public RouteTable lean(LeanRoute route) {
    lean.add(route);
    return get(
        route.route(),
        Access.OPEN,
        ctx -> {
          LeanAnswer a = route.handler().answer(new JavalinLeanRequest(ctx, route.parameter()));
          a.headers().forEach(ctx::header);
          ctx.status(a.status()).contentType(a.contentType()).result(a.body());
        });
  }

  /** The lean routes registered so far. */
  public List<LeanRoute> leanRoutes() {
    return List.copyOf(lean);
  }

  /** Every route registered so far, in order. */
  public List<Route> routes() {
    return List.copyOf(registered);
  }

  private Handler guarded(String path, Access access, Handler handler) {
    return ctx -> {
      ctx.attribute(ROUTE, path);
      gate.check(access, ctx);
      handler.handle(ctx);
    };
  }

  private RouteTable remember(String method, String path, Access access) {
    registered.add(new Route(method.toUpperCase(Locale.ROOT), path, access));
    return this;
  }
}
