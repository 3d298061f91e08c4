package dev.tailor.web.auth;

import dev.tailor.core.access.ApiKey;
import dev.tailor.core.access.ApiKeyKind;
import dev.tailor.web.ops.RequestLog;
import dev.tailor.web.server.Access;
import dev.tailor.web.server.Gate;
import dev.tailor.web.server.ProblemException;
import dev.tailor.web.server.SignInRequired;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/** The {@link Gate} of the server: API keys for the API, sessions and CSRF tokens for pages. */
public final class AccessGate implements Gate {
  /** The session cookie's name. */
  public static final String COOKIE = "tailor_session";

  /** Context attribute holding the {@link Sessions.Session} of a signed-in request. */
  public static final String SESSION = "tailor.session";

  /** Form field (or header {@code X-CSRF-Token}) carrying the session's CSRF token. */
  public static final String CSRF_FIELD = "csrf";

  private final ApiKeys keys;
  private final Sessions sessions;

  public AccessGate(ApiKeys keys, Sessions sessions) {
    this.keys = keys;
    this.sessions = sessions;
  }

  @Override
  public void check(Access access, Context ctx) {
    switch (access) {
      case OPEN -> {}
      case PUBLIC_KEY, PRIVATE_KEY -> checkKey(access, ctx);
      case SESSION -> checkSession(ctx);
    }
  }

  private void checkKey(Access access, Context ctx) {
    String header = ctx.header("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      ctx.header("WWW-Authenticate", "Bearer");
      throw ProblemException.unauthorized(
          "send an API key as 'Authorization: Bearer tk_...' (create one with `tailor admin key"
              + " create`)");
    }
    Optional<ApiKey> key = keys.check(header.substring(7).strip());
    if (key.isEmpty()) {
      ctx.header("WWW-Authenticate", "Bearer error=\"invalid_token\"");
      throw ProblemException.unauthorized("the API key is unknown or revoked");
    }
    ctx.attribute(RequestLog.PRINCIPAL, key.get().id());
    if (access == Access.PRIVATE_KEY && key.get().kind() != ApiKeyKind.PRIVATE) {
      throw ProblemException.forbidden(
          "private_key_required", "a public key may only send events; use a private key");
    }
  }

  private void checkSession(Context ctx) {
    Sessions.Session s = sessions.find(ctx.cookie(COOKIE)).orElseThrow(SignInRequired::new);
    ctx.attribute(SESSION, s);
    ctx.attribute(RequestLog.PRINCIPAL, "user:" + s.username());
    String method = ctx.method().name();
    if (!method.equals("GET") && !method.equals("HEAD")) {
      String token = ctx.header("X-CSRF-Token");
      if (token == null) {
        token = ctx.formParam(CSRF_FIELD);
      }
      if (token == null
          || !MessageDigest.isEqual(
              token.getBytes(StandardCharsets.UTF_8), s.csrf().getBytes(StandardCharsets.UTF_8))) {
        throw ProblemException.forbidden(
            "csrf", "the form's CSRF token is missing or wrong; reload the page and try again");
      }
    }
  }
}
