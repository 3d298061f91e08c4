package dev.tailor.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** tailor campaign plan|run|resume|status|list on a small generated shop. */
class CampaignCommandTest {
  @TempDir static Path dir;
  private static Map<String, String> env;
  private static final Path REPO =
      Path.of(System.getProperty("tailor.repo", "..")).toAbsolutePath();
  private static final Path EXAMPLE = REPO.resolve("examples/campaigns/weekly-picks.yaml");

  @BeforeAll
  static void importASmallShopAndTrainAls() {
    Path shop = dir.resolve("shop");
    env =
        Map.of(
            "TAILOR_DB_URL",
            "jdbc:sqlite:" + dir.resolve("t.db"),
            "TAILOR_RECO_MODELS_DIR",
            dir.resolve("models").toString());
    CliRun gen =
        CliRun.of("generate", "--out", shop.toString(), "--customers", "300", "--products", "120");
    assertThat(gen.exitCode()).as(gen.err()).isZero();
    CliRun imp =
        CliRun.withEnv(
            env, "import", "--dir", shop.toString(), "--rejects", dir.resolve("r.csv").toString());
    assertThat(imp.exitCode()).as(imp.err()).isZero();
    CliRun train = CliRun.withEnv(env, "train", "--algorithm", "als", "--no-eval");
    assertThat(train.exitCode()).as(train.err()).isZero();
  }

  private static JsonNode json(CliRun run) throws IOException {
    assertThat(run.exitCode()).as(run.err()).isZero();
    return new ObjectMapper().readTree(run.out());
  }

  /** The shipped example with its strategies by absolute path and an outbox in the temp dir. */
  private static Path campaign(String key, Path outbox) throws IOException {
    String text =
        Files.readString(EXAMPLE)
            .replace("key: weekly-picks", "key: " + key)
            .replace("../strategies/", REPO.resolve("examples/strategies") + "/")
            .replace("dir: tailor-data/outbox", "dir: " + outbox);
    Path file = dir.resolve(key + ".yaml");
    Files.writeString(file, text);
    return file;
  }

  private static long files(Path outbox) throws IOException {
    if (!Files.isDirectory(outbox)) {
      return 0;
    }
    try (Stream<Path> s = Files.list(outbox)) {
      return s.filter(p -> p.toString().endsWith(".eml")).count();
    }
  }

  @Test
  void planShowsVariantsHoldoutAndFillRatesWithoutSending() throws IOException {
    JsonNode plan = json(CliRun.withEnv(env, "campaign", "plan", EXAMPLE.toString(), "--json"));
    assertThat(plan.get("recipients").get("ai").asLong()).isPositive();
    assertThat(plan.get("recipients").get("bestsellers").asLong()).isPositive();
    assertThat(plan.get("held_out").asLong()).isPositive();
    assertThat(plan.get("fill").get("ai").get("slots").has("picked_for_you")).isTrue();
    assertThat(plan.get("fill").get("bestsellers").get("slots").has("top_category")).isTrue();
    assertThat(plan.get("newly_planned").asLong()).isZero();
    JsonNode list = json(CliRun.withEnv(env, "campaign", "list", "--json"));
    assertThat(list.findValuesAsText("campaign")).doesNotContain("weekly-picks");
  }

  @Test
  void runSendsEveryRecipientOnceAndARerunOrResumeSendsNothing() throws IOException {
    Path outbox = dir.resolve("outbox-run");
    Path file = campaign("weekly-run", outbox);
    JsonNode run = json(CliRun.withEnv(env, "campaign", "run", file.toString(), "--json"));
    assertThat(run.get("status").asText()).isEqualTo("done");
    long sent = run.get("delivery").get("sent").asLong();
    JsonNode recipients = run.get("plan").get("recipients");
    assertThat(sent)
        .isPositive()
        .isEqualTo(recipients.get("ai").asLong() + recipients.get("bestsellers").asLong());
    assertThat(files(outbox)).isEqualTo(sent);

    JsonNode status = json(CliRun.withEnv(env, "campaign", "status", "weekly-run", "--json"));
    assertThat(status.get("status").asText()).isEqualTo("done");
    assertThat(status.get("messages").get("ai").get("sent").asLong()).isPositive();
    assertThat(status.get("messages").get("holdout").get("held_out").asLong())
        .isEqualTo(run.get("plan").get("held_out").asLong());

    JsonNode again = json(CliRun.withEnv(env, "campaign", "run", file.toString(), "--json"));
    assertThat(again.get("delivery").has("sent")).isFalse();
    JsonNode resumed = json(CliRun.withEnv(env, "campaign", "resume", "weekly-run", "--json"));
    assertThat(resumed.get("status").asText()).isEqualTo("done");
    assertThat(resumed.get("delivery").has("sent")).isFalse();
    assertThat(files(outbox)).isEqualTo(sent);

    CliRun text = CliRun.withEnv(env, "campaign", "status", "weekly-run");
    assertThat(text.out()).contains("campaign weekly-run", "held_out", "sent");
    JsonNode list = json(CliRun.withEnv(env, "campaign", "list", "--json"));
    assertThat(list.findValuesAsText("campaign")).contains("weekly-run");
  }

  @Test
  void aDkimKeySignsEveryOutboxFileAndAMissingKeyStopsTheRunBeforeAnythingIsPlanned()
      throws Exception {
    KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
    g.initialize(2048);
    Path key =
        Files.writeString(
            dir.resolve("dkim.pem"),
            "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder()
                    .encodeToString(g.generateKeyPair().getPrivate().getEncoded())
                + "\n-----END PRIVATE KEY-----\n");
    Map<String, String> signing = new HashMap<>(env);
    signing.put("TAILOR_MAIL_DKIM_DOMAIN", "example.com");
    signing.put("TAILOR_MAIL_DKIM_SELECTOR", "tailor1");
    signing.put("TAILOR_MAIL_DKIM_KEY_FILE", key.toString());

    Path missing = dir.resolve("no-such-key.pem");
    Map<String, String> broken = new HashMap<>(signing);
    broken.put("TAILOR_MAIL_DKIM_KEY_FILE", missing.toString());
    CliRun refused =
        CliRun.withEnv(
            broken, "campaign", "run", campaign("dkim-run", dir.resolve("o")).toString());
    assertThat(refused.exitCode()).isEqualTo(2);
    assertThat(refused.err())
        .contains("tailor.mail.dkim.key-file", missing.toString(), "does not exist");
    assertThat(json(CliRun.withEnv(env, "campaign", "list", "--json")).findValuesAsText("campaign"))
        .doesNotContain("dkim-run");

    Path outbox = dir.resolve("outbox-dkim");
    JsonNode run =
        json(
            CliRun.withEnv(
                signing, "campaign", "run", campaign("dkim-run", outbox).toString(), "--json"));
    assertThat(run.get("delivery").get("sent").asLong()).isPositive().isEqualTo(files(outbox));
    try (Stream<Path> s = Files.list(outbox)) {
      for (Path eml : s.toList()) {
        assertThat(Files.readString(eml))
            .startsWith("DKIM-Signature: v=1; a=rsa-sha256; q=dns/txt; c=relaxed/relaxed;")
            .contains("s=tailor1;", "d=example.com;");
      }
    }
  }

  @Test
  void aBadCampaignFileIsRefusedBeforeAnythingIsSent() throws IOException {
    Path bad = dir.resolve("bad.yaml");
    Files.writeString(
        bad,
        "key: bad\nholdout: {share: 0.7}\nvariants:\n  - {name: a, strategy: x.yaml,"
            + " template: weekly-picks}\n");
    CliRun run = CliRun.withEnv(env, "campaign", "run", bad.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("holdout.share");
    JsonNode list = json(CliRun.withEnv(env, "campaign", "list", "--json"));
    assertThat(list.findValuesAsText("campaign")).doesNotContain("bad");
    Path smtp = dir.resolve("smtp.yaml");
    Files.writeString(
        smtp,
        Files.readString(campaign("smtp-run", dir.resolve("unused")))
            .replace("  channel: outbox", "  channel: smtp")
            .replaceAll("(?m)^  dir: .*$", ""));
    CliRun noServer = CliRun.withEnv(env, "campaign", "run", smtp.toString());
    assertThat(noServer.exitCode()).isEqualTo(2);
    assertThat(noServer.err()).contains("tailor.mail.smtp.host");
    CliRun missing = CliRun.withEnv(env, "campaign", "status", "nope");
    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(List.of(missing.err())).anyMatch(e -> e.contains("no campaign nope"));
  }
}
