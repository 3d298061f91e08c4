package dev.tailor.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tailor.core.access.DashboardUser;
import dev.tailor.testkit.FixedClock;
import dev.tailor.testkit.memory.InMemoryStore;
import dev.tailor.web.api.Recommendation;
import dev.tailor.web.auth.LoginLimiter;
import dev.tailor.web.auth.Passwords;
import dev.tailor.web.dashboard.DashboardBackend;
import dev.tailor.web.dashboard.DataHealth;
import dev.tailor.web.dashboard.ModelRow;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Sign-in, sessions, CSRF and escaping of the dashboard, over HTTP. */
class DashboardSecurityTest {
  private static final Passwords PASSWORDS = new Passwords(1_000);
  private static final String PASSWORD = "a long enough password";
  private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

  private final InMemoryStore store = new InMemoryStore();
  private final List<String> saved = new ArrayList<>();
  private WebServer server;
  private HttpClient client;

  /** Shows what it is given; remembers saved strategies. */
  private final class FakeBackend implements DashboardBackend {
    @Override
    public DataHealth dataHealth() {
      return new DataHealth(
          List.of(new DataHealth.Fact("Events", "<script>alert(1)</script>")),
          List.of(),
          List.of());
    }

    @Override
    public List<ModelRow> models() {
      return List.of();
    }

    @Override
    public List<String> algorithms() {
      return List.of("popular");
    }

    @Override
    public String train(String algorithm) {
      return "trained";
    }

    @Override
    public List<String> strategies() {
      return List.of("s");
    }

    @Override
    public String strategyText(String name) {
      return "name: s";
    }

    @Override
    public List<String> validateStrategy(String yaml) {
      return yaml.contains("bad") ? List.of("slots: missing") : List.of();
    }

    @Override
    public void saveStrategy(String name, String yaml) {
      saved.add(yaml);
    }

    @Override
    public Recommendation previewStrategy(String yaml, String customerId, int n) {
      return new Recommendation(
          customerId, Optional.empty(), List.of(), Optional.empty(), List.of(), List.of());
    }

    @Override
    public List<String> templates() {
      return List.of("weekly-picks");
    }

    @Override
    public String previewEmail(String template, String customerId, Optional<String> strategy) {
      return "<p>email</p>";
    }

    @Override
    public List<String> sampleCustomers(int n) {
      return List.of("C1");
    }
  }

  @BeforeEach
  void start() {
    store.users().add(new DashboardUser("admin", PASSWORDS.hash(PASSWORD), Instant.EPOCH));
    server =
        WebServer.start(
            WebSettings.defaults().withPort(0),
            TestBackends.of(
                store,
                FixedClock.at(Instant.parse("2026-11-26T10:00:00Z")),
                Optional.of(new FakeBackend()),
                List.of()),
            PASSWORDS);
    client =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private HttpResponse<String> get(String path) throws Exception {
    return client.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> post(String path, String... fields) throws Exception {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < fields.length; i += 2) {
      b.append(i == 0 ? "" : "&")
          .append(fields[i])
          .append('=')
          .append(URLEncoder.encode(fields[i + 1], StandardCharsets.UTF_8));
    }
    return client.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(b.toString()))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static String csrf(HttpResponse<String> page) {
    Matcher m = CSRF.matcher(page.body());
    assertThat(m.find()).as(page.body()).isTrue();
    return m.group(1);
  }

  private HttpResponse<String> signIn(String password) throws Exception {
    String token = csrf(get("/login"));
    return post("/login", "csrf", token, "username", "admin", "password", password);
  }

  @Test
  void pagesRedirectToTheSignInFormUntilSignedIn() throws Exception {
    HttpResponse<String> r = get("/models");
    assertThat(r.statusCode()).isEqualTo(303);
    assertThat(r.headers().firstValue("Location")).contains("/login");
  }

  @Test
  void signingInSetsAStrictHttpOnlySessionCookie() throws Exception {
    HttpResponse<String> r = signIn(PASSWORD);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(303);
    String cookie =
        r.headers().allValues("Set-Cookie").stream()
            .filter(c -> c.startsWith("tailor_session="))
            .findFirst()
            .orElseThrow();
    assertThat(cookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Strict");
    assertThat(get("/").statusCode()).isEqualTo(200);
  }

  @Test
  void aSignInWithoutTheFormsTokenIsForbidden() throws Exception {
    get("/login");
    HttpResponse<String> r = post("/login", "username", "admin", "password", PASSWORD);
    assertThat(r.statusCode()).isEqualTo(403);
    assertThat(r.body()).contains("\"code\":\"csrf\"");
  }

  @Test
  void aFormWithoutTheSessionsCsrfTokenIsForbiddenAndChangesNothing() throws Exception {
    signIn(PASSWORD);
    HttpResponse<String> r = post("/strategies/s", "yaml", "name: s", "action", "save");
    assertThat(r.statusCode()).isEqualTo(403);
    assertThat(saved).isEmpty();
    String token = csrf(get("/strategies/s"));
    HttpResponse<String> ok =
        post("/strategies/s", "csrf", token, "yaml", "name: s2", "action", "save");
    assertThat(ok.statusCode()).isEqualTo(200);
    assertThat(saved).containsExactly("name: s2");
  }

  @Test
  void anInvalidStrategyShowsItsErrorAndIsNotSaved() throws Exception {
    signIn(PASSWORD);
    String token = csrf(get("/strategies/s"));
    HttpResponse<String> r = post("/strategies/s", "csrf", token, "yaml", "bad", "action", "save");
    assertThat(r.statusCode()).isEqualTo(422);
    assertThat(r.body()).contains("slots: missing");
    assertThat(saved).isEmpty();
  }

  @Test
  void repeatedFailedSignInsAreRateLimited() throws Exception {
    for (int i = 0; i < LoginLimiter.MAX_FAILURES; i++) {
      assertThat(signIn("wrong password " + i).statusCode()).isEqualTo(401);
    }
    HttpResponse<String> blocked = signIn(PASSWORD);
    assertThat(blocked.statusCode()).isEqualTo(429);
    assertThat(blocked.headers().firstValue("Retry-After")).isPresent();
    assertThat(blocked.headers().allValues("Set-Cookie"))
        .noneMatch(c -> c.startsWith("tailor_session="));
  }

  @Test
  void storedTextIsShownEscaped() throws Exception {
    signIn(PASSWORD);
    String page = get("/").body();
    assertThat(page)
        .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
        .doesNotContain("<script>alert(1)");
  }

  @Test
  void signingOutEndsTheSession() throws Exception {
    signIn(PASSWORD);
    String token = csrf(get("/"));
    assertThat(post("/logout", "csrf", token).statusCode()).isEqualTo(303);
    assertThat(get("/").statusCode()).isEqualTo(303);
  }
}
