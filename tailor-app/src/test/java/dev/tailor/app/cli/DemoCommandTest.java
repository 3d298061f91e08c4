package dev.tailor.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCommandTest {
  @TempDir Path dir;

  private CliRun demo(String... extra) {
    String[] base = {
      "demo",
      "--no-serve",
      "--db",
      "jdbc:sqlite:" + dir.resolve("t.db"),
      "--dir",
      dir.resolve("shop").toString(),
      "--customers",
      "300",
      "--products",
      "60"
    };
    String[] args = new String[base.length + extra.length];
    System.arraycopy(base, 0, args, 0, base.length);
    System.arraycopy(extra, 0, args, base.length, extra.length);
    return CliRun.of(args);
  }

  @Test
  void theDemoGeneratesImportsChecksAndShowsBestsellersAndHistories() {
    CliRun run = demo();

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("1. Generating a sample fashion shop")
        .contains("2. Importing it into sqlite:")
        .contains("3. Checking the data")
        .contains("history: 119 days")
        .contains("4. Bestsellers of the last 30 days")
        .contains("5. A few customers and what they did")
        .contains("6. Running the weekly-picks campaign")
        .contains("emails in " + dir.resolve("outbox"));
    assertThat(run.out().lines().filter(l -> l.matches("\\s+1\\s+P\\d+.*"))).hasSize(1);
  }

  @Test
  void runningTheDemoAgainStoresNothingTwice() throws Exception {
    demo();

    CliRun again = demo("--json");

    assertThat(again.exitCode()).isZero();
    JsonNode r = new ObjectMapper().readTree(again.out());
    assertThat(r.get("imported").get("files").get(2).get("created").asLong()).isZero();
    assertThat(r.get("imported").get("files").get(2).get("duplicates").asLong())
        .isEqualTo(r.get("generated").get("rows_by_file").get("events.csv").asLong());
    assertThat(r.get("data_check").get("events").asLong())
        .isEqualTo(r.get("generated").get("rows_by_file").get("events.csv").asLong());
    assertThat(r.get("bestsellers")).isNotEmpty();
    assertThat(r.get("customers")).hasSize(3);
    long sent = r.get("campaign").get("sent").asLong();
    assertThat(sent).isPositive();
    try (var files = java.nio.file.Files.list(dir.resolve("outbox"))) {
      assertThat(files.filter(f -> f.toString().endsWith(".eml")).count()).isEqualTo(sent);
    }
    assertThat(r.get("campaign").get("plan").get("newly_planned").asLong()).isZero();
    assertThat(r.get("campaign").get("samples")).isNotEmpty();
  }
}
