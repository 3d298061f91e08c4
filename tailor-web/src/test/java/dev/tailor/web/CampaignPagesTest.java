package dev.tailor.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tailor.core.access.DashboardUser;
import dev.tailor.testkit.FixedClock;
import dev.tailor.testkit.memory.InMemoryStore;
import dev.tailor.web.auth.Passwords;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The campaign pages over HTTP: list, plan, a background run with its progress, previews. */
class CampaignPagesTest {
  private static final Passwords PASSWORDS = new Passwords(1_000);
  private static final String PASSWORD = "a long enough password";

  private final InMemoryStore store = new InMemoryStore();
  private final FakeDesk desk = new FakeDesk(store);
  private WebServer server;
  private DashboardClient client;

  @BeforeEach
  void start() throws Exception {
    store.users().add(new DashboardUser("admin", PASSWORDS.hash(PASSWORD), Instant.EPOCH));
    server =
        WebServer.start(
            WebSettings.defaults().withPort(0),
            TestBackends.of(
                store,
                FixedClock.at(FakeDesk.AT),
                Optional.of(new FakeDashboard(Optional.of(desk))),
                List.of()),
            PASSWORDS);
    client = new DashboardClient(server.port());
    client.signIn("admin", PASSWORD);
  }

  @AfterEach
  void stop() {
    desk.release.countDown();
    server.close();
  }

  @Test
  void theListShowsCampaignFilesEscapedAndWhatIsWrongWithAnInvalidOne() throws Exception {
    String page = client.get("/campaigns").body();
    assertThat(page).contains("href=\"/campaigns/spring\"").contains("Spring &lt;sale&gt;");
    assertThat(page).contains("Cannot be used: broken.yaml: variants: required");
    assertThat(client.get("/campaigns/broken").statusCode()).isEqualTo(404);
  }

  @Test
  void thePlanShowsCountsPerVariantHoldoutSuppressionsAndFillRates() throws Exception {
    HttpResponse<String> r = client.get("/campaigns/spring/plan");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).contains("id=\"plan\"");
    assertThat(awaitPlan())
        .contains("Variant a</th><td>7")
        .contains("Held out (no email)</th><td>1")
        .contains("Suppressed: unsubscribed</th><td>2")
        .contains("Left out: no_email</th><td>1")
        .contains("<td>picks</td><td>50.0%</td>");
    assertThat(client.get("/campaigns/nope/plan").statusCode()).isEqualTo(404);
    assertThat(client.get("/campaigns/NOT%20A%20KEY/plan").statusCode()).isEqualTo(400);
  }

  @Test
  void thePlanPageAnswersWhilePlanningAndPollsUntilThePlanIsReady() throws Exception {
    desk.planGate = new CountDownLatch(1);
    HttpResponse<String> r = client.get("/campaigns/spring/plan");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body())
        .contains("id=\"plan-running\"")
        .contains("hx-get=\"/campaigns/spring/plan/status\"")
        .contains("hx-trigger=\"every 1s\"")
        .doesNotContain("plan-counts");
    assertThat(client.get("/campaigns/spring/plan/status").body())
        .contains("data-done=\"false\"")
        .contains("plan-running");
    // asking again while it plans joins the same planning instead of starting another
    assertThat(client.get("/campaigns/spring/plan").body()).contains("plan-running");

    desk.planGate.countDown();
    String done = awaitPlan();
    assertThat(done)
        .contains("data-done=\"true\"")
        .contains("Variant a</th><td>7")
        .doesNotContain("hx-trigger");
  }

  @Test
  void aPlanThatFailsSaysWhyAndStopsPolling() throws Exception {
    assertThat(client.get("/campaigns/spring/plan/status").statusCode()).isEqualTo(404);
    desk.broken = true;
    client.get("/campaigns/spring/plan");
    String failed = "";
    for (int i = 0; i < 200 && !failed.contains("data-done=\"true\""); i++) {
      Thread.sleep(25);
      failed = client.get("/campaigns/spring/plan/status").body();
    }
    assertThat(failed)
        .contains("The plan failed: s.yaml: slots: required")
        .doesNotContain("hx-trigger");
  }

  @Test
  void aRunGoesOnInTheBackgroundOncePerCampaignAndItsProgressEndsDone() throws Exception {
    String token = DashboardClient.csrf(client.get("/campaigns/spring"));
    HttpResponse<String> started = client.post("/campaigns/spring/run", "csrf", token);
    assertThat(started.statusCode()).isEqualTo(303);
    assertThat(started.headers().firstValue("Location")).contains("/campaigns/spring?started=1");
    String running = awaitProgress("data-status=\"sending\"");
    assertThat(running).contains("hx-trigger=\"every 1s\"").contains("running now");
    HttpResponse<String> again = client.post("/campaigns/spring/run", "csrf", token);
    assertThat(again.statusCode()).isEqualTo(409);
    assertThat(again.body()).contains("already running");
    desk.release.countDown();
    String done = awaitProgress("data-done=\"true\"");
    assertThat(done).doesNotContain("hx-trigger").contains("Last run from here: sent 2");
    assertThat(done).containsPattern("<th scope=\"row\">all</th><td>2</td>");
    assertThat(desk.runs).containsExactly("spring");
  }

  @Test
  void aFailedRunShowsWhyAndStopsPolling() throws Exception {
    desk.broken = true;
    String token = DashboardClient.csrf(client.get("/campaigns/spring"));
    assertThat(client.post("/campaigns/spring/run", "csrf", token).statusCode()).isEqualTo(303);
    String failed = awaitProgress("The last run from here failed");
    assertThat(failed).contains("needs an SMTP server").doesNotContain("hx-trigger");
  }

  @Test
  void aRunWithoutTheCsrfTokenIsForbiddenAndStartsNothing() throws Exception {
    assertThat(client.post("/campaigns/spring/run").statusCode()).isEqualTo(403);
    assertThat(client.post("/campaigns/spring/run", "csrf", "forged").statusCode()).isEqualTo(403);
    assertThat(desk.runs).isEmpty();
  }

  @Test
  void aRecipientsEmailIsPreviewedAtBothWidthsAndServedWithoutScripts() throws Exception {
    HttpResponse<String> page = client.get("/campaigns/spring?customer=c1");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains("id=\"frame-375\"")
        .contains("width=\"375\"")
        .contains("width=\"600\"")
        .contains("Hello c1")
        .contains("src=\"/campaigns/spring/email?customer=c1\"");
    HttpResponse<String> email = client.get("/campaigns/spring/email?customer=c1");
    assertThat(email.body()).isEqualTo("<p>email of c1</p>");
    assertThat(email.headers().firstValue("Content-Security-Policy").orElseThrow())
        .contains("script-src 'none'");
    HttpResponse<String> holdout = client.get("/campaigns/spring?customer=held");
    assertThat(holdout.body()).contains("holdout: no email").doesNotContain("frame-375");
  }

  /** The plan part of the plan page once planning ended. */
  private String awaitPlan() throws Exception {
    String body = "";
    for (int i = 0; i < 200; i++) {
      body = client.get("/campaigns/spring/plan/status").body();
      if (body.contains("data-done=\"true\"")) {
        return body;
      }
      Thread.sleep(25);
    }
    throw new AssertionError("the plan never ended: " + body);
  }

  private String awaitProgress(String marker) throws Exception {
    String body = "";
    for (int i = 0; i < 200; i++) {
      body = client.get("/campaigns/spring/progress").body();
      if (body.contains(marker)) {
        return body;
      }
      Thread.sleep(25);
    }
    throw new AssertionError("progress never showed " + marker + ": " + body);
  }
}
