package dev.tailor.app.serve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tailor.app.cli.CliRun;
import dev.tailor.app.config.ConfigLoader;
import dev.tailor.app.wiring.Wiring;
import dev.tailor.core.access.DashboardUser;
import dev.tailor.core.store.Store;
import dev.tailor.testkit.FixedClock;
import dev.tailor.web.WebServer;
import dev.tailor.web.WebSettings;
import dev.tailor.web.auth.Passwords;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard in headless Chromium (Debian's chromium and chromedriver; nothing downloaded) on a
 * generated shop: sign in, data health with its chart, models, a strategy edit with a validation
 * error, an email preview at both widths, API keys; a campaign's plan, its run to an outbox with
 * the progress polled to done, its results, a recipient's email at both widths; the sender
 * settings. Screenshots go to {@code target/screenshots/dashboard-*.png}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DashboardBrowserIT {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path SCREENSHOTS = Path.of("target/screenshots");
  private static final String PASSWORD = "correct horse battery";

  private static Path dir;
  private static Store store;
  private static WebServer server;
  private static ChromeDriver driver;
  private static String base;
  private static Path outbox;

  @BeforeAll
  static void startServerAndBrowser() throws IOException {
    assertThat(CHROMIUM).as("Chromium (apt-get install chromium chromium-driver)").isExecutable();
    assertThat(CHROMEDRIVER).as("chromedriver (apt-get install chromium-driver)").isExecutable();
    dir = Files.createTempDirectory("tailor-dashboard");
    Path shop = dir.resolve("shop");
    Map<String, String> env =
        Map.of(
            "TAILOR_DB_URL",
            "jdbc:sqlite:" + dir.resolve("tailor.db"),
            "TAILOR_RECO_MODELS_DIR",
            dir.resolve("models").toString());
    ok(CliRun.of("generate", "--out", shop.toString(), "--customers", "200", "--products", "100"));
    ok(CliRun.withEnv(env, "import", "--dir", shop.toString(), "--rejects", dir + "/r.csv"));
    ok(CliRun.withEnv(env, "train", "--algorithm", "als", "--no-eval"));
    Path strategies = Files.createDirectories(dir.resolve("strategies"));
    Files.copy(
        Path.of(System.getProperty("tailor.repo", ".."))
            .resolve("examples/strategies/fashion-5-slot.yaml"),
        strategies.resolve("fashion.yaml"),
        StandardCopyOption.REPLACE_EXISTING);
    outbox = dir.resolve("outbox");
    Files.writeString(
        Files.createDirectories(dir.resolve("campaigns")).resolve("spring.yaml"),
        "key: spring\nname: Spring picks\nholdout:\n  share: 0.2\nvariants:\n"
            + "  - name: picks\n    weight: 1\n    strategy: ../strategies/fashion.yaml\n"
            + "    template: weekly-picks\ndelivery:\n  channel: outbox\n  dir: "
            + outbox
            + "\n");
    Wiring wiring = new Wiring(new ConfigLoader(env).load(Optional.empty()));
    store = wiring.openStore();
    Passwords passwords = new Passwords(1_000);
    store.users().add(new DashboardUser("admin", passwords.hash(PASSWORD), CliRun.NOW));
    server =
        Server.start(
            wiring,
            store,
            WebSettings.defaults().withPort(0),
            strategies,
            FixedClock.at(CliRun.NOW),
            passwords,
            env);
    base = "http://127.0.0.1:" + server.port();

    Files.createDirectories(SCREENSHOTS);
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=1280,1000",
        "--user-data-dir=" + Files.createTempDirectory(dir, "profile"));
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
    driver = new ChromeDriver(service, options);
  }

  @AfterAll
  static void stop() {
    if (driver != null) {
      driver.quit();
    }
    if (server != null) {
      server.close();
    }
    if (store != null) {
      store.close();
    }
  }

  private static void ok(CliRun run) {
    assertThat(run.exitCode()).as(run.err()).isZero();
  }

  private static void shot(String name) throws IOException {
    File f = driver.getScreenshotAs(OutputType.FILE);
    Files.copy(
        f.toPath(),
        SCREENSHOTS.resolve("dashboard-" + name + ".png"),
        StandardCopyOption.REPLACE_EXISTING);
  }

  private static String text() {
    return driver.findElement(By.tagName("body")).getText();
  }

  private static void signIn(String password) {
    driver.get(base + "/login");
    driver.findElement(By.id("username")).sendKeys("admin");
    driver.findElement(By.id("password")).sendKeys(password);
    driver.findElement(By.cssSelector("form[action='/login'] button")).click();
  }

  @Test
  @Order(1)
  void aPageNeedsASignInAndAWrongPasswordIsRefused() throws IOException {
    driver.get(base + "/models");
    assertThat(driver.getCurrentUrl()).as(driver.getPageSource()).endsWith("/login");
    signIn("not the password at all");
    new WebDriverWait(driver, Duration.ofSeconds(30))
        .until(d -> d.getPageSource().contains("Wrong user name or password"));
    shot("login-failed");
  }

  @Test
  @Order(2)
  void signingInShowsDataHealthWithTheEventsChart() throws IOException {
    signIn(PASSWORD);
    new WebDriverWait(driver, Duration.ofSeconds(30))
        .until(d -> d.getCurrentUrl().equals(base + "/"));
    assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Data health");
    assertThat(text()).contains("Events").contains("Customers").contains("Days of history");
    new WebDriverWait(driver, Duration.ofSeconds(10))
        .until(d -> !d.findElements(By.cssSelector("#events-chart canvas")).isEmpty());
    shot("data-health");
  }

  @Test
  @Order(3)
  void theModelsPageTrainsAgainAndChartsQualityOverVersions() throws IOException {
    driver.get(base + "/models");
    assertThat(text()).contains("als").contains("No evaluated snapshot yet");
    int before = driver.findElements(By.cssSelector("#snapshots tbody tr")).size();
    assertThat(before).isEqualTo(1);
    new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("algorithm")))
        .selectByValue("popular");
    driver.findElement(By.cssSelector("form[action='/models/train'] button")).click();
    new WebDriverWait(driver, Duration.ofSeconds(120))
        .until(d -> d.getPageSource().contains("Trained popular"));
    assertThat(driver.findElements(By.cssSelector("#snapshots tbody tr"))).hasSize(before + 1);
    new WebDriverWait(driver, Duration.ofSeconds(10))
        .until(d -> !d.findElements(By.cssSelector("#quality-chart canvas")).isEmpty());
    shot("models");
  }

  @Test
  @Order(4)
  void anInvalidStrategyIsShownWithItsErrorAndNotSaved() throws IOException {
    driver.get(base + "/strategies/fashion");
    WebElement yaml = driver.findElement(By.id("yaml"));
    String original = yaml.getAttribute("value");
    assertThat(original).contains("slots:");
    yaml.clear();
    yaml.sendKeys("name: broken\nslots:\n  picks:\n    count: many\n");
    driver.findElement(By.cssSelector("button[value='save']")).click();
    WebElement alert = driver.findElement(By.cssSelector("[role=alert]"));
    assertThat(alert.getText()).isNotBlank();
    shot("strategy-invalid");
    driver.get(base + "/strategies/fashion");
    assertThat(driver.findElement(By.id("yaml")).getAttribute("value")).isEqualTo(original);
  }

  @Test
  @Order(5)
  void aValidStrategyIsPreviewedForACustomer() throws IOException {
    driver.get(base + "/strategies/fashion");
    String before = driver.getCurrentUrl();
    // With JavaScript, htmx posts the form and swaps the page's main part in place.
    driver.findElement(By.cssSelector("button[value='preview']")).click();
    new WebDriverWait(driver, Duration.ofSeconds(90))
        .until(d -> !d.findElements(By.cssSelector("#preview table")).isEmpty());
    assertThat(driver.getCurrentUrl()).isEqualTo(before);
    assertThat(text()).contains("The strategy is valid").contains("Preview for");
    assertThat(driver.findElements(By.cssSelector("#preview table tbody tr"))).isNotEmpty();
    shot("strategy-preview");
  }

  @Test
  @Order(6)
  void anEmailIsPreviewedAt375And600Pixels() throws IOException {
    driver.get(base + "/templates");
    driver.findElement(By.cssSelector("form[action='/templates'] button")).click();
    WebElement narrow = driver.findElement(By.id("frame-375"));
    WebElement wide = driver.findElement(By.id("frame-600"));
    assertThat(narrow.getSize().getWidth()).isEqualTo(375);
    assertThat(wide.getSize().getWidth()).isEqualTo(600);
    driver.switchTo().frame(narrow);
    new WebDriverWait(driver, Duration.ofSeconds(20))
        .until(d -> d.findElements(By.tagName("img")).size() > 0);
    assertThat(driver.findElement(By.tagName("body")).getText()).isNotBlank();
    driver.switchTo().defaultContent();
    shot("templates");
  }

  @Test
  @Order(7)
  void anApiKeyIsCreatedShownOnceAndListed() throws IOException {
    driver.get(base + "/settings");
    driver.findElement(By.id("label")).sendKeys("<b>shop site</b>");
    driver.findElement(By.cssSelector("form[action='/settings/keys'] button")).click();
    String key = driver.findElement(By.id("new-key")).getText();
    assertThat(key).startsWith("tk_pub_");
    assertThat(text()).contains("<b>shop site</b>");
    shot("settings");
    driver.get(base + "/settings");
    assertThat(driver.findElements(By.id("new-key"))).isEmpty();
    assertThat(store.apiKeys().list()).hasSize(1);
  }

  @Test
  @Order(8)
  void aCampaignsPlanShowsRecipientsHoldoutAndFillRates() throws IOException {
    driver.get(base + "/campaigns");
    driver.findElement(By.linkText("spring")).click();
    assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Campaign spring");
    driver.findElement(By.linkText("Plan")).click();
    new WebDriverWait(driver, Duration.ofSeconds(120))
        .until(d -> !d.findElements(By.id("plan-counts")).isEmpty());
    assertThat(text())
        .contains("Customers considered")
        .contains("Variant picks")
        .contains("Held out (no email)")
        .contains("Fill rates per slot");
    assertThat(driver.findElements(By.cssSelector("table.fill tbody tr"))).isNotEmpty();
    shot("campaign-plan");
  }

  @Test
  @Order(9)
  void aCampaignRunsToTheOutboxAndItsProgressReachesDone() throws IOException {
    driver.get(base + "/campaigns/spring");
    driver.findElement(By.id("run")).click();
    new WebDriverWait(driver, Duration.ofSeconds(10))
        .until(d -> d.getCurrentUrl().endsWith("/campaigns/spring?started=1"));
    shot("campaign-running");
    // htmx polls the progress every second until the run is over
    // each poll swaps the progress element, so an element found just before a swap can go stale
    new WebDriverWait(driver, Duration.ofSeconds(180))
        .ignoring(StaleElementReferenceException.class)
        .until(d -> "true".equals(d.findElement(By.id("progress")).getAttribute("data-done")));
    assertThat(driver.getCurrentUrl()).endsWith("/campaigns/spring?started=1");
    assertThat(driver.findElement(By.id("campaign-status")).getText()).isEqualTo("done");
    assertThat(text()).contains("Last run from here: done: sent");
    long sent;
    try (var files = Files.list(outbox)) {
      sent = files.count();
    }
    assertThat(sent).isPositive();
    assertThat(driver.findElement(By.id("progress-table")).getText()).contains("sent");
    shot("campaign-done");
  }

  @Test
  @Order(10)
  void theResultsShowEachVariantAgainstTheHoldoutWithAChart() throws IOException {
    driver.get(base + "/campaigns/spring");
    driver.findElement(By.linkText("Results")).click();
    assertThat(driver.findElements(By.cssSelector("#results tbody tr"))).hasSize(2);
    assertThat(text()).contains("picks").contains("holdout");
    new WebDriverWait(driver, Duration.ofSeconds(10))
        .until(d -> !d.findElements(By.cssSelector("#results-chart canvas")).isEmpty());
    shot("campaign-results");
  }

  @Test
  @Order(11)
  void aRecipientsCampaignEmailIsPreviewedAt375And600Pixels() throws IOException {
    driver.get(base + "/campaigns/spring");
    driver.findElement(By.cssSelector("form[action='/campaigns/spring'] button")).click();
    new WebDriverWait(driver, Duration.ofSeconds(60))
        .until(d -> !d.findElements(By.id("preview-facts")).isEmpty());
    if (driver.findElements(By.id("frame-375")).isEmpty()) {
      // the first recipient is in the holdout: no email; it says so
      assertThat(text()).contains("holdout");
      return;
    }
    WebElement narrow = driver.findElement(By.id("frame-375"));
    assertThat(narrow.getSize().getWidth()).isEqualTo(375);
    assertThat(driver.findElement(By.id("frame-600")).getSize().getWidth()).isEqualTo(600);
    assertThat(driver.findElement(By.id("preview-subject")).getText()).isNotBlank();
    for (WebElement frame : driver.findElements(By.cssSelector(".frames iframe"))) {
      driver.switchTo().frame(frame);
      new WebDriverWait(driver, Duration.ofSeconds(30))
          .until(d -> d.findElements(By.tagName("img")).size() > 0);
      driver.switchTo().defaultContent();
    }
    driver.executeScript("arguments[0].scrollIntoView()", narrow);
    shot("campaign-preview");
  }

  @Test
  @Order(12)
  void senderSettingsAreValidatedAndSaved() throws IOException {
    driver.get(base + "/settings");
    WebElement from = driver.findElement(By.id("sender_address"));
    driver.findElement(By.id("sender_name")).sendKeys("Example Shop");
    driver.findElement(By.id("postal_address")).sendKeys("1 Main St, Springfield");
    WebElement url = driver.findElement(By.id("tracking_base_url"));
    url.sendKeys("https://t.shop.example");
    from.sendKeys("news@shop.example");
    driver.findElement(By.cssSelector("form[action='/settings/sender'] button")).click();
    new WebDriverWait(driver, Duration.ofSeconds(10))
        .until(d -> d.getPageSource().contains("Saved the sender settings."));
    assertThat(store.settings().get().from()).contains("Example Shop <news@shop.example>");
    shot("settings-sender");
  }
}
