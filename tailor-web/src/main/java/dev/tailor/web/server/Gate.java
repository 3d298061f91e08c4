package dev.tailor.web.server;

import io.javalin.http.Context;

/** Decides whether a request may reach a route; throws {@link ProblemException} when not. */
public interface Gate {
  void check(Access access, Context ctx);

  /** Lets everyone through: for tests of routes alone. */
  Gate OPEN = (access, ctx) -> {};
}
