package dev.tailor.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandLineTest {
  @TempDir Path dir;

  private String db() {
    return "jdbc:sqlite:" + dir.resolve("t.db");
  }

  @Test
  void everyCommandHasHelp() {
    for (List<String> cmd :
        List.of(
            List.of("--help"),
            List.of("demo", "--help"),
            List.of("generate", "--help"),
            List.of("import", "--help"),
            List.of("data", "--help"),
            List.of("data", "check", "--help"))) {
      CliRun run = CliRun.of(cmd.toArray(String[]::new));
      assertThat(run.exitCode()).as(String.join(" ", cmd)).isZero();
      assertThat(run.out()).as(String.join(" ", cmd)).contains("Usage: tailor");
    }
  }

  @Test
  void badUsageExitsWithTwoAndSaysWhatIsWrong() {
    CliRun run = CliRun.of("import", "--dir", dir.toString(), "--nope");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("Unknown option: '--nope'");
  }

  @Test
  void aMissingRequiredOptionExitsWithTwo() {
    CliRun run = CliRun.of("generate");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("Missing required option: '--out=DIR'");
  }

  @Test
  void anUnsupportedDatabaseUrlIsAConfigurationErrorWithExitTwo() {
    CliRun run = CliRun.of("data", "check", "--db", "jdbc:mysql://localhost/x");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .contains("tailor.store.url must start with jdbc:sqlite: or jdbc:postgresql:");
  }

  @Test
  void anUnreachableDatabaseIsARuntimeFailureWithExitOne() {
    CliRun run =
        CliRun.of(
            "data", "check", "--db", "jdbc:postgresql://127.0.0.1:1/none?user=x&password=hunter2");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).startsWith("error: ").doesNotContain("hunter2");
  }

  @Test
  void globalOptionsAreAcceptedBeforeOrAfterTheSubcommand() throws Exception {
    CliRun before = CliRun.of("--json", "--db", db(), "data", "check");
    CliRun after = CliRun.of("data", "check", "--db", db(), "--json");

    assertThat(before.exitCode()).isZero();
    assertThat(after.exitCode()).isZero();
    JsonNode a = new ObjectMapper().readTree(before.out());
    JsonNode b = new ObjectMapper().readTree(after.out());
    assertThat(a.get("events").asLong()).isZero();
    assertThat(a.get("warnings").get(0).get("code").asText()).isEqualTo("no-events");
    assertThat(b).isEqualTo(a);
  }

  @Test
  void theDatabaseUrlComesFromTheEnvironmentWhenNotGiven() {
    CliRun run = CliRun.withEnv(java.util.Map.of("TAILOR_DB_URL", db()), "data", "check");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("Data check of sqlite:" + dir.resolve("t.db"));
  }

  @Test
  void aBadEndDateForGenerateSaysWhatIsExpected() {
    CliRun run = CliRun.of("generate", "--out", dir.toString(), "--end", "yesterday");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--end must be a date like 2026-11-01");
  }

  @Test
  void anOutOfRangeSizeForGenerateIsBadInput() {
    CliRun run = CliRun.of("generate", "--out", dir.toString(), "--customers", "0");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("customers must be between 1 and 10000000");
  }
}
