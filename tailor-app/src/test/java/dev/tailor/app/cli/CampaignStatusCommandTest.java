package dev.tailor.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tailor.core.catalog.Product;
import dev.tailor.core.customer.Customer;
import dev.tailor.store.JdbiStore;
import dev.tailor.store.Stores;
import dev.tailor.testkit.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * tailor campaign status says why messages failed: with an HTML limit every email exceeds, each
 * render fails (the campaign still finishes, nothing is sent, a resume tries nothing again) and
 * status shows the reason once with its count, in text and JSON.
 */
class CampaignStatusCommandTest {
  @TempDir Path dir;

  @Test
  void statusListsTheReasonsOfFailedMessagesWithTheirCounts() throws IOException {
    String url = "jdbc:sqlite:" + dir.resolve("t.db");
    Map<String, String> env = Map.of("TAILOR_DB_URL", url);
    // every email's HTML is over this limit: every render fails, for the same reason
    Map<String, String> small =
        Map.of("TAILOR_DB_URL", url, "TAILOR_RENDER_MAX_OUTPUT_BYTES", "1024");
    try (JdbiStore store = Stores.open(url)) {
      List<Product> products = new ArrayList<>();
      for (int i = 1; i <= 10; i++) {
        products.add(Fixtures.productBuilder(String.format("P%02d", i)).build());
      }
      store.products().upsertAll(products);
      List<Customer> customers = new ArrayList<>();
      for (int i = 0; i < 20; i++) {
        String id = String.format("c%03d", i);
        customers.add(Fixtures.customer(id));
      }
      store.customers().upsertAll(customers);
    }
    Files.writeString(
        dir.resolve("s.yaml"),
        "name: s\nslots:\n"
            + "  first: {count: 2, label: First, source: {curated: [P01, P02, P03]}}\n"
            + "  second: {count: 1, label: Second, source: {curated: [P04, P05]}}\n"
            + "  third: {count: 1, label: Third, source: {curated: [P06, P07]}}\n");
    Path file = dir.resolve("c.yaml");
    Files.writeString(
        file,
        "key: too-big\nholdout: {share: 0}\nfrequency_cap: {max: 0}\nvariants:\n"
            + "  - {name: a, weight: 1, strategy: s.yaml, template: weekly-picks}\n"
            + "delivery: {channel: outbox, dir: "
            + dir.resolve("outbox")
            + "}\n");
    CliRun run = CliRun.withEnv(small, "campaign", "run", file.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();

    CliRun resume = CliRun.withEnv(env, "campaign", "resume", "too-big", "--json");
    assertThat(resume.exitCode()).as(resume.err()).isZero();
    assertThat(new ObjectMapper().readTree(resume.out()).get("delivery").has("failed")).isFalse();
    try (var files = Files.list(dir.resolve("outbox"))) {
      assertThat(files.filter(f -> f.toString().endsWith(".eml"))).isEmpty();
    }

    CliRun text = CliRun.withEnv(env, "campaign", "status", "too-big");
    assertThat(text.exitCode()).as(text.err()).isZero();
    assertThat(text.out())
        .contains(
            "failed messages by reason:",
            "render failed: weekly-picks:6: layout: the rendered text exceeds the limit of 1024 characters");

    CliRun json = CliRun.withEnv(env, "campaign", "status", "too-big", "--json");
    assertThat(json.exitCode()).as(json.err()).isZero();
    JsonNode status = new ObjectMapper().readTree(json.out());
    assertThat(status.get("status").asText()).isEqualTo("done");
    assertThat(status.get("messages").get("a").get("failed").asLong()).isEqualTo(20);
    assertThat(status.get("messages").get("a").has("sent")).isFalse();
    JsonNode failures = status.get("failures");
    assertThat(failures).hasSize(1);
    assertThat(failures.get(0).get("count").asLong()).isEqualTo(20);
    assertThat(failures.get(0).get("reason").asText())
        .isEqualTo(
            "render failed: weekly-picks:6: layout: the rendered text exceeds the limit of 1024 characters");
    assertThat(failures.get(0).get("example").asText()).startsWith("m");
  }
}
