package dev.tailor.web.server;

/**
 * The routes of one resource (events, products, recommendations, health, a dashboard page...). A
 * new resource is a new class registered in {@code WebServer}; tracking endpoints come the same
 * way.
 */
public interface RouteGroup {
  void register(RouteTable routes);
}
