package dev.tailor.app.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tailor.app.cli.CliRun;
import dev.tailor.core.access.ApiKey;
import dev.tailor.core.store.Store;
import dev.tailor.store.Stores;
import dev.tailor.testkit.FixedClock;
import dev.tailor.testkit.memory.InMemoryStore;
import dev.tailor.web.auth.Passwords;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AdminCommandsTest {
  @TempDir Path dir;

  private Map<String, String> env() {
    return Map.of(
        "TAILOR_DB_URL", "jdbc:sqlite:" + dir.resolve("t.db"), "PW", "twelve chars or more");
  }

  @Test
  void aKeyIsPrintedOnceAndStoredOnlyAsItsHash() throws Exception {
    CliRun run = CliRun.withEnv(env(), "admin", "key", "create", "--kind", "private", "--json");
    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode j = new ObjectMapper().readTree(run.out());
    String secret = j.get("key").asText();
    assertThat(secret).startsWith("tk_prv_").hasSizeGreaterThan(40);
    try (Store store = Stores.open(env().get("TAILOR_DB_URL"))) {
      ApiKey k = store.apiKeys().findById(j.get("id").asText()).orElseThrow();
      assertThat(k.hash()).doesNotContain(secret).hasSize(64);
    }
    CliRun list = CliRun.withEnv(env(), "admin", "key", "list");
    assertThat(list.out()).contains(j.get("id").asText()).doesNotContain(secret);
    CliRun revoke = CliRun.withEnv(env(), "admin", "key", "revoke", j.get("id").asText());
    assertThat(revoke.exitCode()).isZero();
    assertThat(CliRun.withEnv(env(), "admin", "key", "revoke", j.get("id").asText()).exitCode())
        .isEqualTo(2);
  }

  @Test
  void aBadKindIsBadUsage() {
    CliRun run = CliRun.withEnv(env(), "admin", "key", "create", "--kind", "root");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("public or private");
  }

  @Test
  void theFirstAdminGetsAHashedPasswordAndANameIsNotTakenTwice() {
    CliRun run = CliRun.withEnv(env(), "admin", "create", "--password-env", "PW");
    assertThat(run.exitCode()).as(run.err()).isZero();
    try (Store store = Stores.open(env().get("TAILOR_DB_URL"))) {
      String hash = store.users().find("admin").orElseThrow().passwordHash();
      assertThat(hash).startsWith("pbkdf2-sha256$600000$").doesNotContain("twelve");
      assertThat(new Passwords().matches("twelve chars or more", hash)).isTrue();
    }
    assertThat(CliRun.withEnv(env(), "admin", "create", "--password-env", "PW").exitCode())
        .isEqualTo(2);
    CliRun generated = CliRun.withEnv(env(), "admin", "create", "--username", "ann");
    assertThat(generated.out()).contains("Password (shown once");
  }

  @Test
  void theFirstUserIsMadeOnlyWhenThereIsNone() {
    InMemoryStore store = new InMemoryStore();
    FixedClock clock = FixedClock.at(CliRun.NOW);
    Passwords passwords = new Passwords(1_000);
    String password = FirstUser.ensure(store, clock, passwords).orElseThrow();
    assertThat(
            passwords.matches(password, store.users().find("admin").orElseThrow().passwordHash()))
        .isTrue();
    assertThat(FirstUser.ensure(store, clock, passwords)).isEmpty();
    assertThat(store.users().count()).isEqualTo(1);
  }
}
