package dev.tailor.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** preview and template check through the command line, on a small generated shop. */
class RenderCommandsTest {
  @TempDir static Path dir;
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
    CliRun train = CliRun.withEnv(env, "train", "--algorithm", "itemknn", "--no-eval");
    assertThat(train.exitCode()).as(train.err()).isZero();
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
  void previewWithAStrategySaysStrategiesAreNotAvailableYet() {
    CliRun run =
        CliRun.withEnv(
            env,
            "preview",
            "--template",
            "welcome",
            "--customer",
            "c1",
            "--strategy",
            "s.yaml",
            "--out",
            dir.resolve("x.html").toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("strategies are not available yet");
  }

  @Test
  void templateCheckPassesAStarterTemplate() {
    CliRun run = CliRun.withEnv(env, "template", "check", "win-back");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("no problems");
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
