package dev.tailor.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tailor.render.gallery.StarterGallery;
import dev.tailor.render.model.EmailContext;
import dev.tailor.render.model.RenderedEmail;
import dev.tailor.render.model.Slot;
import dev.tailor.render.model.SlotItem;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Renders each starter template and loads it in headless Chromium (Debian's package) at 375 px and
 * 600 px: no horizontal overflow, and every product's title and button visible inside the viewport;
 * and with {@code prefers-color-scheme: dark} emulated, every text's colour and background change
 * and keep a contrast ratio of at least 4.5. Screenshots go to {@code target/screenshots/}. Fails
 * when Chromium is missing.
 */
class BrowserLayoutIT {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path SCREENSHOTS = Path.of("target/screenshots");

  @TempDir static Path temp;
  private static ChromeDriver driver;

  @BeforeAll
  static void startChromium() throws IOException {
    assertThat(CHROMIUM).as("Chromium (apt-get install chromium chromium-driver)").isExecutable();
    assertThat(CHROMEDRIVER).as("chromedriver (apt-get install chromium-driver)").isExecutable();
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
        "--disable-quic",
        "--host-resolver-rules=MAP * ~NOTFOUND",
        "--user-data-dir=" + Files.createTempDirectory(temp, "profile"));
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
    driver = new ChromeDriver(service, options);
  }

  @AfterAll
  static void stopChromium() {
    if (driver != null) {
      driver.quit();
    }
  }

  static List<Arguments> pages() {
    List<Arguments> args = new ArrayList<>();
    for (String t : StarterGallery.NAMES) {
      args.add(Arguments.of(t, 375));
      args.add(Arguments.of(t, 600));
    }
    return args;
  }

  @ParameterizedTest(name = "{0} at {1} px")
  @MethodSource("pages")
  void theEmailFitsTheWidthAndShowsEveryProduct(String template, int width) throws IOException {
    EmailContext ctx = Samples.cases().get("long-titles");
    EmailContext full = Samples.cases().get("full-history");
    List<Slot> slots = new ArrayList<>(full.slots().values());
    slots.set(0, ctx.slots().get("picked_for_you"));
    EmailContext mixed = Samples.context(full.customer(), slots);
    RenderedEmail e = new EmailRenderer(Samples.CONFIG).render(StarterGallery.get(template), mixed);
    Path file = temp.resolve(template + "-" + width + ".html");
    Files.writeString(file, e.html());
    driver.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        Map.of("width", width, "height", 900, "deviceScaleFactor", 1, "mobile", width < 480));
    driver.get(file.toUri().toString());

    JavascriptExecutor js = driver;
    long scrollWidth =
        ((Number) js.executeScript("return document.documentElement.scrollWidth")).longValue();
    assertThat(scrollWidth).as("page width at %d px", width).isLessThanOrEqualTo(width);

    int products = 0;
    for (Slot s : mixed.slots().values()) {
      for (SlotItem item : s.items()) {
        String key = "utm_content%3D" + s.name() + "-" + item.product().id();
        if (!e.html().contains(key)) {
          continue;
        }
        products++;
        List<WebElement> links = driver.findElements(By.cssSelector("a[href*='" + key + "']"));
        assertThat(links).as("%s: links of %s", template, key).isNotEmpty();
        for (WebElement a : links) {
          assertThat(a.isDisplayed()).as("%s visible", key).isTrue();
          assertThat(a.getRect().getX() + a.getRect().getWidth())
              .as("%s right edge", key)
              .isLessThanOrEqualTo(width);
        }
      }
    }
    assertThat(products).as("products in %s", template).isPositive();
    js.executeScript("window.scrollTo(0,0)");
    File shot = driver.getScreenshotAs(OutputType.FILE);
    Files.copy(
        shot.toPath(),
        SCREENSHOTS.resolve(template + "-" + width + ".png"),
        StandardCopyOption.REPLACE_EXISTING);
  }

  @ParameterizedTest(name = "right-to-left {0} at 600 px")
  @MethodSource("templates")
  void aRightToLeftEmailIsMirroredAndStillFits(String template) throws IOException {
    EmailContext rtl = Samples.cases().get("right-to-left");
    RenderedEmail e = new EmailRenderer(Samples.CONFIG).render(StarterGallery.get(template), rtl);
    Path file = temp.resolve(template + "-rtl.html");
    Files.writeString(file, e.html());
    driver.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        Map.of("width", 600, "height", 900, "deviceScaleFactor", 1, "mobile", false));
    driver.get(file.toUri().toString());
    JavascriptExecutor js = driver;

    assertThat(js.executeScript("return getComputedStyle(document.body).direction"))
        .isEqualTo("rtl");
    long scrollWidth =
        ((Number) js.executeScript("return document.documentElement.scrollWidth")).longValue();
    assertThat(scrollWidth).isLessThanOrEqualTo(600);
    SlotItem first = rtl.slots().get("picked_for_you").items().get(0);
    String key = "utm_content%3Dpicked_for_you-" + first.product().id();
    if (template.equals("weekly-picks")) {
      WebElement button = driver.findElement(By.cssSelector("a[href*='" + key + "']"));
      WebElement image =
          driver.findElement(
              By.cssSelector("img[src='" + first.product().imageUrl().orElseThrow() + "']"));
      assertThat(image.getRect().getX())
          .as("the image column is on the right of the text column")
          .isGreaterThan(button.getRect().getX());
    }
    File shot = driver.getScreenshotAs(OutputType.FILE);
    Files.copy(
        shot.toPath(),
        SCREENSHOTS.resolve(template + "-rtl-600.png"),
        StandardCopyOption.REPLACE_EXISTING);
  }

  static List<String> templates() {
    return StarterGallery.NAMES;
  }

  /** Every visible text and link of the email: its text, colour and the colour behind it. */
  private static final String COLOURS =
      "function bg(e) {"
          + "  for (; e; e = e.parentElement) {"
          + "    const c = getComputedStyle(e).backgroundColor;"
          + "    if (c && c !== 'transparent' && !/^rgba\\(.*, 0\\)$/.test(c)) return c;"
          + "  }"
          + "  return getComputedStyle(document.documentElement).backgroundColor;"
          + "}"
          + "return Array.from(document.querySelectorAll("
          + "  '.tl-text div, .tl-muted div, .tl-text a, .tl-muted a'))"
          + "  .filter(e => e.offsetParent !== null && e.textContent.trim().length > 0)"
          + "  .map(e => [e.textContent.trim().slice(0, 40), getComputedStyle(e).color, bg(e)]);";

  @ParameterizedTest(name = "dark mode {0}")
  @MethodSource("templates")
  void inDarkModeTheColoursChangeAndEveryTextKeepsItsContrast(String template) throws IOException {
    RenderedEmail e =
        new EmailRenderer(Samples.CONFIG)
            .render(StarterGallery.get(template), Samples.cases().get("full-history"));
    Path file = temp.resolve(template + "-dark.html");
    Files.writeString(file, e.html());
    driver.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        Map.of("width", 600, "height", 900, "deviceScaleFactor", 1, "mobile", false));
    try {
      List<List<String>> light = colours(file, "light");
      List<List<String>> dark = colours(file, "dark");
      assertThat(dark).hasSameSizeAs(light).isNotEmpty();
      int changed = 0;
      for (int i = 0; i < dark.size(); i++) {
        List<String> l = light.get(i);
        List<String> d = dark.get(i);
        assertThat(Contrast.ratio(l.get(1), l.get(2)))
            .as("light: %s (%s on %s)", l.get(0), l.get(1), l.get(2))
            .isGreaterThanOrEqualTo(4.5);
        assertThat(Contrast.ratio(d.get(1), d.get(2)))
            .as("dark: %s (%s on %s)", d.get(0), d.get(1), d.get(2))
            .isGreaterThanOrEqualTo(4.5);
        if (!l.get(1).equals(d.get(1)) && !l.get(2).equals(d.get(2))) {
          changed++;
        }
      }
      assertThat(changed)
          .as("texts whose colour and background both changed")
          .isEqualTo(dark.size());
      assertThat(Contrast.luminance(dark.get(0).get(2)))
          .as("a dark background")
          .isLessThan(Contrast.luminance(light.get(0).get(2)) / 4);
      File shot = driver.getScreenshotAs(OutputType.FILE);
      Files.copy(
          shot.toPath(),
          SCREENSHOTS.resolve(template + "-dark-600.png"),
          StandardCopyOption.REPLACE_EXISTING);
    } finally {
      driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));
    }
  }

  @SuppressWarnings("unchecked")
  private static List<List<String>> colours(Path file, String scheme) {
    driver.executeCdpCommand(
        "Emulation.setEmulatedMedia",
        Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
    driver.get(file.toUri().toString());
    assertThat(
            driver.executeScript(
                "return matchMedia('(prefers-color-scheme: " + scheme + ")').matches"))
        .isEqualTo(true);
    return (List<List<String>>) driver.executeScript(COLOURS);
  }
}
