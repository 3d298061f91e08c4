package dev.tailor.web.server;

import io.javalin.http.Context;

/** A {@link LeanRequest} read from Javalin's context. */
record JavalinLeanRequest(Context ctx, String parameter) implements LeanRequest {
  @Override
  public String segment() {
    return ctx.pathParam(parameter);
  }

  @Override
  public String query(String name) {
    return ctx.queryParam(name);
  }

  @Override
  public String header(String name) {
    return ctx.header(name);
  }

  @Override
  public String clientAddress() {
    return ctx.ip();
  }
}
