package dev.tailor.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tailor.core.access.DashboardUser;
import dev.tailor.core.settings.ShopSettings;
import dev.tailor.core.store.Store;
import dev.tailor.store.Stores;
import dev.tailor.testkit.FixedClock;
import dev.tailor.web.auth.Passwords;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sender settings form, and sessions that survive a restart, on a SQLite store. */
class SettingsPagesTest {
  private static final Passwords PASSWORDS = new Passwords(1_000);
  private static final String PASSWORD = "a long enough password";
  private static final FixedClock CLOCK = FixedClock.at(Instant.parse("2026-11-26T10:00:00Z"));

  @TempDir Path dir;
  private Store store;
  private WebServer server;
  private DashboardClient client;

  private WebServer start() {
    return WebServer.start(
        WebSettings.defaults().withPort(0),
        TestBackends.of(store, CLOCK, Optional.of(new FakeDashboard()), List.of()),
        PASSWORDS);
  }

  @BeforeEach
  void startServer() throws Exception {
    store = Stores.open("jdbc:sqlite:" + dir.resolve("tailor.db"));
    store.users().add(new DashboardUser("admin", PASSWORDS.hash(PASSWORD), Instant.EPOCH));
    server = start();
    client = new DashboardClient(server.port());
    client.signIn("admin", PASSWORD);
  }

  @AfterEach
  void stop() {
    server.close();
    store.close();
  }

  private HttpResponse<String> save(String token, String from, String url) throws Exception {
    return client.post(
        "/settings/sender",
        "csrf",
        token,
        "sender_name",
        "Shop & Co",
        "sender_address",
        from,
        "reply_to",
        "help@shop.example",
        "postal_address",
        "1 Main St, Springfield <script>x</script>",
        "tracking_base_url",
        url);
  }

  @Test
  void validSenderSettingsAreStoredAndShownAsText() throws Exception {
    String token = DashboardClient.csrf(client.get("/settings"));
    HttpResponse<String> r = save(token, "news@shop.example", "https://t.shop.example/");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    assertThat(r.body()).contains("Saved the sender settings.");
    ShopSettings s = store.settings().get();
    assertThat(s.from()).contains("Shop & Co <news@shop.example>");
    assertThat(s.trackingBaseUrl()).contains("https://t.shop.example");
    assertThat(s.postalAddress()).contains("1 Main St, Springfield <script>x</script>");
    String page = client.get("/settings").body();
    assertThat(page)
        .contains("value=\"1 Main St, Springfield &lt;script")
        .doesNotContain("<script>x</script>");
  }

  @Test
  void anInvalidAddressOrANonHttpsDomainIsRefusedNamingTheFieldAndNothingIsStored()
      throws Exception {
    String token = DashboardClient.csrf(client.get("/settings"));
    HttpResponse<String> badFrom = save(token, "news at shop", "https://t.shop.example");
    assertThat(badFrom.statusCode()).isEqualTo(400);
    assertThat(badFrom.body()).contains("sender_address is not an email address");
    assertThat(badFrom.body()).contains("value=\"news at shop\"");
    HttpResponse<String> badUrl = save(token, "news@shop.example", "http://t.shop.example");
    assertThat(badUrl.statusCode()).isEqualTo(400);
    assertThat(badUrl.body()).contains("tracking_base_url must be an https URL");
    assertThat(store.settings().get()).isEqualTo(ShopSettings.NONE);
  }

  @Test
  void theSenderFormWithoutTheCsrfTokenIsForbiddenAndChangesNothing() throws Exception {
    HttpResponse<String> r = save("wrong", "news@shop.example", "https://t.shop.example");
    assertThat(r.statusCode()).isEqualTo(403);
    assertThat(store.settings().get()).isEqualTo(ShopSettings.NONE);
  }

  @Test
  void aRestartedServerKeepsTheUserSignedIn() throws Exception {
    assertThat(client.get("/settings").statusCode()).isEqualTo(200);
    server.close();
    server = start();
    client.port(server.port());
    HttpResponse<String> r = client.get("/settings");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).contains("Sign out admin");
    String token = DashboardClient.csrf(r);
    assertThat(save(token, "news@shop.example", "https://t.shop.example").statusCode())
        .isEqualTo(200);
  }
}
