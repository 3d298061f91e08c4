package dev.tailor.web.dashboard;

import dev.tailor.core.access.DashboardUser;
import dev.tailor.core.access.UserRepository;
import dev.tailor.web.auth.AccessGate;
import dev.tailor.web.auth.LoginLimiter;
import dev.tailor.web.auth.Passwords;
import dev.tailor.web.auth.Sessions;
import dev.tailor.web.server.Access;
import dev.tailor.web.server.ProblemException;
import dev.tailor.web.server.RouteGroup;
import dev.tailor.web.server.RouteTable;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Sign in and out. The sign-in form carries a token that must match a cookie set with it (so
 * another site cannot sign a browser in); failures are rate limited per address and user name.
 */
public final class LoginRoutes implements RouteGroup {
  static final String LOGIN_CSRF_COOKIE = "tailor_login_csrf";
  private static final SecureRandom RANDOM = new SecureRandom();

  /** A digest of a random password, checked when the user is unknown so timing tells nothing. */
  private final String decoy;

  private final UserRepository users;
  private final Sessions sessions;
  private final Passwords passwords;
  private final LoginLimiter limiter;
  private final boolean secureCookies;

  public LoginRoutes(
      UserRepository users,
      Sessions sessions,
      Passwords passwords,
      LoginLimiter limiter,
      boolean secureCookies) {
    this.users = users;
    this.sessions = sessions;
    this.passwords = passwords;
    this.limiter = limiter;
    this.secureCookies = secureCookies;
    this.decoy = passwords.hash(token());
  }

  @Override
  public void register(RouteTable routes) {
    routes.get("/login", Access.OPEN, this::form);
    routes.post("/login", Access.OPEN, this::login);
    routes.post("/logout", Access.SESSION, this::logout);
  }

  private void form(Context ctx) {
    showForm(ctx, List.of(), 200);
  }

  private void showForm(Context ctx, List<String> errors, int status) {
    String token = token();
    ctx.cookie(cookie(LOGIN_CSRF_COOKIE, token, -1));
    Page page = new Page("Sign in", Optional.empty(), token, List.of(), Optional.empty(), errors);
    ctx.status(status);
    Pages.render(ctx, "login.jte", Map.of("page", page));
  }

  private void login(Context ctx) {
    String expected = ctx.cookie(LOGIN_CSRF_COOKIE);
    String given = ctx.formParam("csrf");
    if (expected == null
        || given == null
        || !MessageDigest.isEqual(
            expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8))) {
      throw ProblemException.forbidden(
          "csrf", "the sign-in form's token is missing or wrong; reload the page and try again");
    }
    String username = Pages.form(ctx, "username");
    String password = ctx.formParam("password");
    String ip = ctx.ip();
    Optional<Duration> wait = limiter.blocked(ip, username);
    if (wait.isPresent()) {
      ctx.header("Retry-After", Long.toString(Math.max(1, wait.get().toSeconds())));
      showForm(
          ctx,
          List.of(
              "Too many failed sign-ins; try again in "
                  + Math.max(1, wait.get().toMinutes())
                  + " minute(s)."),
          429);
      return;
    }
    Optional<DashboardUser> user =
        username.isEmpty() || username.length() > 64 ? Optional.empty() : users.find(username);
    boolean ok = passwords.matches(password, user.map(DashboardUser::passwordHash).orElse(decoy));
    if (user.isEmpty() || !ok) {
      limiter.failed(ip, username);
      showForm(ctx, List.of("Wrong user name or password."), 401);
      return;
    }
    limiter.succeeded(username);
    Sessions.Session s = sessions.start(user.get().username());
    ctx.cookie(cookie(AccessGate.COOKIE, s.id(), (int) Sessions.IDLE.toSeconds()));
    ctx.removeCookie(LOGIN_CSRF_COOKIE, "/");
    ctx.redirect("/", io.javalin.http.HttpStatus.SEE_OTHER);
  }

  private void logout(Context ctx) {
    sessions.end(ctx.cookie(AccessGate.COOKIE));
    ctx.removeCookie(AccessGate.COOKIE, "/");
    ctx.redirect("/login", io.javalin.http.HttpStatus.SEE_OTHER);
  }

  private Cookie cookie(String name, String value, int maxAge) {
    Cookie c = new Cookie(name, value);
    c.setPath("/");
    c.setHttpOnly(true);
    c.setSecure(secureCookies);
    c.setSameSite(SameSite.STRICT);
    c.setMaxAge(maxAge);
    return c;
  }

  private static String token() {
    byte[] b = new byte[24];
    RANDOM.nextBytes(b);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
  }
}
