package dev.tailor.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tailor.core.campaign.Message;
import dev.tailor.core.campaign.MessageState;
import dev.tailor.core.catalog.Product;
import dev.tailor.core.customer.Customer;
import dev.tailor.core.event.Event;
import dev.tailor.core.event.EventType;
import dev.tailor.store.JdbiStore;
import dev.tailor.store.Stores;
import dev.tailor.testkit.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * tailor campaign promote on SQLite: a pilot is sent, promote refuses while no winner can be
 * called, then, once the pilot's clicks show variant {@code a} ahead, --auto sends the rest of the
 * audience variant {@code a} only, keeping the holdout and sending nobody twice.
 */
class CampaignPromoteCommandTest {
  private static final int CUSTOMERS = 1_300;
  private static final String KEY = "promo";

  @TempDir Path dir;

  private static String strategy(String name, String ids) {
    return "name: "
        + name
        + "\nslots:\n"
        + "  first: {count: 2, label: First, source: {curated: ["
        + ids
        + "]}}\n"
        + "  second: {count: 1, label: Second, source: {curated: [P20, P21]}}\n"
        + "  third: {count: 1, label: Third, source: {curated: [P22, P23]}}\n";
  }

  private Path campaign() throws IOException {
    Files.writeString(dir.resolve("a.yaml"), strategy("a-curated", "P01, P02, P03"));
    Files.writeString(dir.resolve("b.yaml"), strategy("b-curated", "P10, P11, P12"));
    Path file = dir.resolve("promo.yaml");
    Files.writeString(
        file,
        "key: "
            + KEY
            + "\npilot: 0.5\nholdout: {share: 0.1}\nfrequency_cap: {max: 0}\n"
            + "variants:\n"
            + "  - {name: a, weight: 0.5, strategy: a.yaml, template: weekly-picks}\n"
            + "  - {name: b, weight: 0.5, strategy: b.yaml, template: weekly-picks}\n"
            + "delivery: {channel: esp_export, file: "
            + dir.resolve("export.jsonl")
            + "}\n");
    return file;
  }

  private List<Message> messages(String url) {
    try (JdbiStore store = Stores.open(url)) {
      return store
          .messages()
          .page(KEY, EnumSet.allOf(MessageState.class), Instant.MAX, "", 100_000);
    }
  }

  /** Humans click every pilot email of variant a and 3 in 5 of variant b, an hour after. */
  private void clicks(String url, List<Message> pilot) {
    List<Event> events = new ArrayList<>();
    int i = 0;
    for (Message m : pilot) {
      if (m.state() != MessageState.SENT) {
        continue;
      }
      boolean clicked = m.variant().equals("a") || i % 5 < 3;
      i++;
      if (clicked) {
        events.add(
            Event.builder(
                    "click-" + m.id(),
                    EventType.EMAIL_CLICKED,
                    m.sentAt().orElseThrow().plus(Duration.ofHours(1)))
                .customerId(m.customerId())
                .campaignId(KEY)
                .messageId(m.id())
                .productId(m.variant().equals("a") ? "P01" : "P10")
                .build());
      }
    }
    try (JdbiStore store = Stores.open(url)) {
      store.events().appendAll(events);
    }
  }

  @Test
  void aPilotsWinnerReachesTheRestOfTheAudienceOnceAndOnlyWhenTheStatisticsAllowIt()
      throws IOException {
    String url = "jdbc:sqlite:" + dir.resolve("t.db");
    Map<String, String> env = Map.of("TAILOR_DB_URL", url);
    try (JdbiStore store = Stores.open(url)) {
      List<Product> products = new ArrayList<>();
      for (int i = 1; i <= 25; i++) {
        products.add(Fixtures.productBuilder(String.format("P%02d", i)).build());
      }
      store.products().upsertAll(products);
      List<Customer> customers = new ArrayList<>();
      for (int i = 0; i < CUSTOMERS; i++) {
        customers.add(Fixtures.customer(String.format("c%05d", i)));
      }
      store.customers().upsertAll(customers);
    }
    Path file = campaign();
    CliRun pilotRun = CliRun.withEnv(env, "campaign", "run", file.toString());
    assertThat(pilotRun.exitCode()).as(pilotRun.err()).isZero();
    List<Message> pilot = messages(url);
    assertThat(pilot.size()).isBetween(550, 750);

    CliRun early = CliRun.withEnv(env, "campaign", "promote", KEY, "--auto", "--metric", "clicks");
    assertThat(early.exitCode()).isEqualTo(2);
    assertThat(early.err()).contains("no winner to promote on clicks", "--variant V");
    CliRun configured =
        CliRun.withEnv(
            Map.of("TAILOR_DB_URL", url, "TAILOR_REPORT_METRIC", "clicks"),
            "campaign",
            "promote",
            KEY,
            "--auto");
    assertThat(configured.exitCode()).isEqualTo(2);
    assertThat(configured.err()).contains("no winner to promote on clicks");
    CliRun unknown = CliRun.withEnv(env, "campaign", "promote", KEY, "--variant", "c");
    assertThat(unknown.exitCode()).isEqualTo(2);
    assertThat(unknown.err()).contains("--variant c is not a variant of campaign promo");
    assertThat(messages(url)).hasSize(pilot.size());

    clicks(url, pilot);
    CliRun promote =
        CliRun.withEnv(env, "campaign", "promote", KEY, "--auto", "--metric", "clicks", "--json");
    assertThat(promote.exitCode()).as(promote.err()).isZero();
    JsonNode out = new ObjectMapper().readTree(promote.out());
    assertThat(out.get("promoted").asText()).isEqualTo("a");
    assertThat(out.get("reason").asText()).contains("beats every other arm");
    assertThat(out.get("status").asText()).isEqualTo("done");

    List<Message> all = messages(url);
    assertThat(all).hasSize(CUSTOMERS).containsAll(pilot);
    Set<String> pilotIds = new HashSet<>();
    pilot.forEach(m -> pilotIds.add(m.id()));
    long rest = 0;
    for (Message m : all) {
      if (m.holdout()) {
        assertThat(m.state()).isEqualTo(MessageState.HELD_OUT);
      } else {
        assertThat(m.state()).isEqualTo(MessageState.SENT);
        if (!pilotIds.contains(m.id())) {
          assertThat(m.variant()).isEqualTo("a");
          rest++;
        }
      }
    }
    assertThat(rest).isGreaterThan(450);
    assertThat(all.stream().filter(m -> !pilotIds.contains(m.id())).filter(Message::holdout))
        .isNotEmpty();
    List<String> lines = Files.readAllLines(dir.resolve("export.jsonl"));
    Set<String> exported = new HashSet<>();
    for (String line : lines) {
      exported.add(new ObjectMapper().readTree(line).get("message_id").asText());
    }
    assertThat(exported).hasSize(lines.size());
    assertThat(lines).hasSize((int) all.stream().filter(m -> !m.holdout()).count());

    CliRun again = CliRun.withEnv(env, "campaign", "promote", KEY, "--auto", "--json");
    assertThat(again.exitCode()).as(again.err()).isZero();
    assertThat(new ObjectMapper().readTree(again.out()).get("delivery").has("sent")).isFalse();
    assertThat(Files.readAllLines(dir.resolve("export.jsonl"))).hasSize(lines.size());
    CliRun other = CliRun.withEnv(env, "campaign", "promote", KEY, "--variant", "b");
    assertThat(other.exitCode()).isEqualTo(2);
    assertThat(other.err()).contains("already promoted to a");
  }
}
