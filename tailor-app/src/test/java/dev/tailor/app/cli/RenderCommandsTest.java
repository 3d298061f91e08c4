package dev.tailor.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** preview and template check through the command line, on a small generated shop. */
class RenderCommandsTest {
  @TempDir static Path dir;
  private static final Path EXAMPLE =
      Path.of(System.getProperty("tailor.repo", ".."))
          .resolve("examples/strategies/fashion-5-slot.yaml");
  private static Map<String, String> env;

  @BeforeAll
  static void importAndTrainASmallShop() {
    Path shop = dir.resolve("shop");
    env =
        Map.of(
            "TAILOR_DB_URL",
            "jdbc:sqlite:" + dir.resolve("t.db"),
            "TAILOR_RECO_MODELS_DIR",
            dir.resolve("models").toString());
    CliRun gen =
        CliRun.of("generate", "--out", shop.toString(), "--customers", "200", "--products", "60");
    assertThat(gen.exitCode()).as(gen.err()).isZero();
    CliRun imp =
        CliRun.withEnv(
            env, "import", "--dir", shop.toString(), "--rejects", dir.resolve("r.csv").toString());
    assertThat(imp.exitCode()).as(imp.err()).isZero();
    for (String a : new String[] {"itemknn", "als"}) {
      CliRun train = CliRun.withEnv(env, "train", "--algorithm", a, "--no-eval");
      assertThat(train.exitCode()).as(train.err()).isZero();
    }
  }

  @Test
  void previewWritesTheHtmlAndTextPartsAndPrintsSubjectAndHeaders() throws IOException {
    Path out = dir.resolve("preview/email.html");
    CliRun run =
        CliRun.withEnv(
            env,
            "preview",
            "--template",
            "weekly-picks",
            "--customer",
            firstCustomer(),
            "--out",
            out.toString(),
            "--json");

    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode r = new ObjectMapper().readTree(run.out());
    assertThat(r.get("subject").asText()).contains("your picks for this week");
    assertThat(r.get("headers").get("List-Unsubscribe-Post").asText())
        .isEqualTo("List-Unsubscribe=One-Click");
    assertThat(Files.readString(out)).contains("Picked for you", "http://localhost:7070/c/");
    assertThat(Files.readString(dir.resolve("preview/email.html.txt"))).contains("Unsubscribe (");
  }

  @Test
  void previewAllTemplatesRendersEveryStarterTemplateForSampleCustomers() {
    Path out = dir.resolve("all");
    CliRun run =
        CliRun.withEnv(
            env, "preview", "--all-templates", "--customers", "2", "--out", out.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    for (String t :
        new String[] {
          "weekly-picks",
          "abandoned-cart",
          "browse-abandonment",
          "post-purchase",
          "win-back",
          "welcome"
        }) {
      try (var files = Files.list(out.resolve(t))) {
        assertThat(files.filter(f -> f.toString().endsWith(".html")).count()).as(t).isEqualTo(2);
      } catch (IOException e) {
        throw new AssertionError(e);
      }
    }
  }

  @Test
  void previewWithAStrategyShowsTheDecisionsItemsInTheSlotsInOrder() throws IOException {
    String c = firstCustomer();
    List<String> decided = decidedItems(c);
    Path out = dir.resolve("strategy/email.html");

    CliRun run = preview(c, out);

    assertThat(run.exitCode()).as(run.err()).isZero();
    List<String> shown = shownItems(Files.readString(out));
    assertThat(shown).isNotEmpty().isEqualTo(decided);
  }

  @Test
  void previewWithAStrategyGivesACustomerWithoutHistoryFallbackItemsAndNoEmptyBlock()
      throws IOException {
    List<String> decided = decidedItems("nobody");
    Path out = dir.resolve("strategy/nobody.html");

    CliRun run = preview("nobody", out);

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err()).contains("deciding from no history");
    String html = Files.readString(out);
    assertThat(shownItems(html)).hasSizeGreaterThanOrEqualTo(4).isEqualTo(decided);
    String body = html.substring(html.indexOf("here is your week"));
    for (JsonNode slot : decision("nobody").get("slots")) {
      String label =
          slot.get("label")
              .asText()
              .replace("&", "&amp;")
              .replace("'", "&#39;")
              .replace("\"", "&quot;");
      if (slot.get("items").isEmpty()) {
        assertThat(body).as("empty slot " + label + " is hidden").doesNotContain(label);
      } else {
        assertThat(body).contains(label);
      }
    }
  }

  @Test
  void previewAllTemplatesWithAStrategyRendersEveryStarterTemplateFromItsDecisions()
      throws IOException {
    Path out = dir.resolve("all-strategy");
    CliRun run =
        CliRun.withEnv(
            env,
            "preview",
            "--all-templates",
            "--customers",
            "2",
            "--strategy",
            EXAMPLE.toString(),
            "--out",
            out.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    try (var files = Files.list(out.resolve("weekly-picks"))) {
      List<Path> html = files.filter(f -> f.toString().endsWith(".html")).toList();
      assertThat(html).hasSize(2);
      for (Path f : html) {
        assertThat(shownItems(Files.readString(f))).isNotEmpty();
      }
    }
    assertThat(out.resolve("welcome")).isDirectory();
  }

  @Test
  void aBadStrategyFileIsBadInputNamingTheFile() throws IOException {
    Path bad = dir.resolve("bad-strategy.yaml");
    Files.writeString(bad, "name: x\nslots: {}\n");
    CliRun run = preview("nobody", bad, dir.resolve("bad.html"));
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("bad-strategy.yaml");
  }

  private static CliRun preview(String customer, Path out) {
    return preview(customer, EXAMPLE, out);
  }

  private static CliRun preview(String customer, Path strategy, Path out) {
    return CliRun.withEnv(
        env,
        "preview",
        "--template",
        "weekly-picks",
        "--customer",
        customer,
        "--strategy",
        strategy.toString(),
        "--out",
        out.toString());
  }

  private static JsonNode decision(String customer) throws IOException {
    CliRun run =
        CliRun.withEnv(
            env, "recommend", "--customer", customer, "--strategy", EXAMPLE.toString(), "--json");
    assertThat(run.exitCode()).as(run.err()).isZero();
    return new ObjectMapper().readTree(run.out());
  }

  /** slot/product of the decision, as weekly-picks shows them: 5 slots of up to 4 items. */
  private static List<String> decidedItems(String customer) throws IOException {
    List<String> items = new ArrayList<>();
    int slots = 0;
    for (JsonNode slot : decision(customer).get("slots")) {
      if (slot.get("items").isEmpty() || slots++ == 5) {
        continue;
      }
      int n = 0;
      for (JsonNode item : slot.get("items")) {
        if (n++ < 4) {
          items.add(slot.get("slot").asText() + "/" + item.get("product_id").asText());
        }
      }
    }
    return items;
  }

  /** slot/product of every product link of the HTML, in order. */
  private static List<String> shownItems(String html) {
    Matcher m = Pattern.compile("utm_content%3D([a-z_]+)-([A-Za-z0-9]+)").matcher(html);
    List<String> shown = new ArrayList<>();
    while (m.find()) {
      shown.add(m.group(1) + "/" + m.group(2));
    }
    return shown;
  }

  @Test
  void templateCheckPassesAStarterTemplate() {
    CliRun run = CliRun.withEnv(env, "template", "check", "win-back");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("no problems");
  }

  @Test
  void templateCheckWarnsOfAMissingViewInBrowserLinkWithoutFailing() throws IOException {
    Path file = dir.resolve("no-view-link.mjml.liquid");
    Files.writeString(
        file,
        "---\nsubject: Hi\n---\n<mjml><mj-body><mj-section><mj-column>\n"
            + "<mj-text>{{ sender.postal_address }}"
            + " <a href=\"{{ links.unsubscribe }}\">Unsubscribe</a></mj-text>\n"
            + "</mj-column></mj-section></mj-body></mjml>\n");
    CliRun run = CliRun.withEnv(env, "template", "check", file.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains(file + ":4: warning: missing-view-in-browser");
  }

  @Test
  void templateCheckFailsWithFileLineAndProblem() throws IOException {
    Path file = dir.resolve("bad.mjml.liquid");
    Files.writeString(
        file,
        "---\nsubject: Hi {{ customer.first_name }}\n---\n<mjml><mj-body><mj-section>"
            + "<mj-column>\n<mj-text>{{ customer.nickname }}</mj-text>\n"
            + "<mj-image src=\"https://x.example/a.png\" />\n"
            + "</mj-column></mj-section></mj-body></mjml>\n");
    CliRun run = CliRun.withEnv(env, "template", "check", file.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out())
        .contains(file + ":5: unknown-variable: layout: unknown variable customer.nickname")
        .contains(file + ":6: missing-alt")
        .contains("missing-unsubscribe")
        .contains("missing-address");
  }

  @Test
  void anUnknownTemplateIsBadUsage() {
    CliRun run = CliRun.withEnv(env, "template", "check", "no-such-template");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("weekly-picks");
  }

  private static String firstCustomer() throws IOException {
    try (var lines = Files.lines(dir.resolve("shop/customers.csv"))) {
      return lines.skip(1).findFirst().orElseThrow().split(",")[0];
    }
  }
}
