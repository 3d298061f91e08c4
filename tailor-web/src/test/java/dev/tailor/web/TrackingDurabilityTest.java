package dev.tailor.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tailor.core.campaign.Campaign;
import dev.tailor.core.campaign.CampaignStatus;
import dev.tailor.core.campaign.Message;
import dev.tailor.core.campaign.MessageState;
import dev.tailor.core.campaign.Variant;
import dev.tailor.store.JdbiStore;
import dev.tailor.store.Stores;
import dev.tailor.testkit.FixedClock;
import dev.tailor.web.track.TrackingRoutes;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On a SQLite store, a tracking hit is committed by the time it is answered: a connection of its
 * own, outside the server's pool, reads the event and what was seen of it right after each answer.
 */
class TrackingDurabilityTest {
  private static final FixedClock CLOCK = FixedClock.at(Instant.parse("2026-11-26T10:00:00Z"));
  private static final String TARGET = "https://shop.example/p/1";

  @TempDir Path dir;

  private final HttpClient client =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
  private JdbiStore store;
  private WebServer server;
  private Connection reader;

  @BeforeEach
  void start() throws SQLException {
    store = Stores.open("jdbc:sqlite:" + dir.resolve("tailor.db"));
    Instant t = CLOCK.instant();
    store
        .campaigns()
        .save(
            new Campaign(
                "weekly",
                "Weekly",
                CampaignStatus.SENDING,
                List.of(new Variant("a", 1.0, "s.yaml", "t", List.of())),
                0.0,
                "key: weekly\n",
                "weekly.yaml",
                t,
                t));
    store
        .messages()
        .planAll(
            List.of(
                Message.planned(
                    "m1",
                    "weekly",
                    "c1",
                    "a",
                    false,
                    MessageState.PLANNED,
                    t,
                    Optional.empty(),
                    Optional.empty(),
                    t)));
    server =
        WebServer.start(
            WebSettings.defaults().withPort(0),
            TestBackends.of(
                store,
                CLOCK,
                List.of(
                    new TrackingRoutes(
                        store, CLOCK, (message, payload, signature) -> signature.equals("ok")))));
    reader = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("tailor.db"));
  }

  @AfterEach
  void stop() throws SQLException {
    reader.close();
    server.close();
    store.close();
  }

  private int get(String path) throws Exception {
    return client
        .send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .timeout(Duration.ofSeconds(10))
                .build(),
            HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }

  private static String path(int i) {
    return i % 2 == 0
        ? "/o/m1.gif?s=ok"
        : "/c/m1?u=" + URLEncoder.encode(TARGET, StandardCharsets.UTF_8) + "&s=ok";
  }

  /** Events and tracking hits as another connection sees them. */
  private long[] stored() throws SQLException {
    try (Statement s = reader.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT (SELECT count(*) FROM events"
                    + " WHERE type IN ('email_opened', 'email_clicked')),"
                    + " (SELECT count(*) FROM tracking_hits)")) {
      r.next();
      return new long[] {r.getLong(1), r.getLong(2)};
    }
  }

  @Test
  void everyHitAnsweredIsAlreadyReadableFromAnotherConnection() throws Exception {
    for (int i = 0; i < 20; i++) {
      assertThat(get(path(i))).isIn(200, 302);
      assertThat(stored()).as("after answer %d", i + 1).containsExactly(i + 1, i + 1);
    }
  }

  @Test
  void concurrentHitsAreEachReadableFromAnotherConnectionOnceAnswered() throws Exception {
    int threads = 8;
    int each = 10;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<Integer>> done = new ArrayList<>();
    try {
      for (int t = 0; t < threads; t++) {
        int thread = t;
        done.add(
            pool.submit(
                () -> {
                  int ok = 0;
                  try (Connection mine =
                          DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("tailor.db"));
                      Statement s = mine.createStatement()) {
                    for (int i = 0; i < each; i++) {
                      long before = count(s);
                      if (get(path(thread + i)) < 400 && count(s) > before) {
                        ok++;
                      }
                    }
                  }
                  return ok;
                }));
      }
      int seenAtOnce = 0;
      for (Future<Integer> f : done) {
        seenAtOnce += f.get();
      }
      // each answer was preceded by its own commit: the count this client saw grew across it
      assertThat(seenAtOnce).isEqualTo(threads * each);
    } finally {
      pool.shutdownNow();
    }
    assertThat(stored()).containsExactly(threads * each, threads * each);
  }

  private static long count(Statement s) throws SQLException {
    try (ResultSet r = s.executeQuery("SELECT count(*) FROM tracking_hits")) {
      r.next();
      return r.getLong(1);
    }
  }
}
