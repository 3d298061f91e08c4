package dev.tailor.campaign.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tailor.campaign.TestShop;
import dev.tailor.core.campaign.CampaignStatus;
import dev.tailor.core.campaign.Message;
import dev.tailor.core.campaign.MessageState;
import dev.tailor.core.store.Store;
import dev.tailor.store.Stores;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 for real: the campaign runs in a child JVM on SQLite, which is killed (SIGKILL) at random
 * moments five times, during planning, between chunks and in the middle of chunks; each time the
 * next child resumes it. A last resume must finish it with every recipient delivered exactly once
 * and every record consistent with the outbox.
 */
class CrashResumeIT {
  private static final int CUSTOMERS = 1_500;
  private static final int KILLS = 5;

  @TempDir Path dir;

  @Test
  void killingTheRunAtRandomPointsThenResumingDeliversEveryMessageOnce() throws Exception {
    String url = "jdbc:sqlite:" + dir.resolve("crash.db");
    try (Store store = Stores.open(url)) {
      TestShop.fill(store, CUSTOMERS);
    }
    TestShop.campaignFile(dir, TestShop.twoVariants("crash", "holdout: {share: 0.1}\n"));
    Random random = new Random(Long.getLong("tailor.test.seed", 7L));
    int killedMidRun = 0;
    for (int k = 0; k < KILLS; k++) {
      Process p = child(k == 0 ? "run" : "resume", url, k);
      if (k == 0) {
        // Early: during start-up or planning.
        p.waitFor(500 + random.nextInt(1_500), TimeUnit.MILLISECONDS);
      } else {
        // In the middle of delivery: once this child has handed over some messages.
        long start = attempts();
        long target = start + 20 + random.nextInt(200);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (p.isAlive() && attempts() < target && System.nanoTime() < deadline) {
          Thread.sleep(5);
        }
      }
      if (p.isAlive()) {
        p.destroyForcibly().waitFor();
        killedMidRun++;
      } else {
        System.out.println(
            "child "
                + k
                + " ended by itself with "
                + p.exitValue()
                + ": "
                + Files.readString(dir.resolve("child-" + k + ".err")));
      }
    }
    assertThat(killedMidRun)
        .as("kills that landed before the run finished")
        .isGreaterThanOrEqualTo(3);
    Process last = child("resume", url, KILLS);
    assertThat(last.waitFor(5, TimeUnit.MINUTES)).isTrue();
    assertThat(last.exitValue())
        .as(Files.readString(dir.resolve("child-" + KILLS + ".err")))
        .isZero();

    try (Store store = Stores.open(url)) {
      assertThat(store.campaigns().findById("crash").orElseThrow().status())
          .isEqualTo(CampaignStatus.DONE);
      List<Message> all =
          store
              .messages()
              .page("crash", EnumSet.allOf(MessageState.class), Instant.MAX, "", 100_000);
      assertThat(all).hasSize(CUSTOMERS);
      Set<String> sent = new HashSet<>();
      for (Message m : all) {
        assertThat(m.state())
            .as(m.id() + " " + m.detail())
            .isIn(MessageState.SENT, MessageState.HELD_OUT);
        if (m.state() == MessageState.SENT) {
          sent.add(m.id());
          assertThat(m.transportId()).contains(m.id() + ".eml");
          assertThat(m.decision()).isPresent();
          assertThat(m.holdout()).isFalse();
        } else {
          assertThat(m.holdout()).isTrue();
        }
      }
      Set<String> files;
      try (Stream<Path> s = Files.list(dir.resolve("mail"))) {
        files =
            s.map(f -> f.getFileName().toString())
                .filter(n -> n.endsWith(".eml"))
                .map(n -> n.substring(0, n.length() - 4))
                .collect(Collectors.toSet());
      }
      assertThat(files)
          .as("one outbox file per sent message, none missing, none extra")
          .isEqualTo(sent);
      Map<String, Integer> attempts = new HashMap<>();
      for (String line : Files.readAllLines(dir.resolve("attempts.log"))) {
        if (!line.isBlank()) {
          attempts.merge(line, 1, Integer::sum);
        }
      }
      assertThat(attempts.keySet()).isEqualTo(sent);
      List<String> repeated = new ArrayList<>();
      attempts.forEach(
          (id, n) -> {
            if (n > 1) repeated.add(id);
          });
      // Only messages in flight at a kill are handed over again: at most 2 workers x 32 per kill.
      assertThat(repeated.size()).isLessThanOrEqualTo(KILLS * 2 * 32);
      for (int k = 0; k <= KILLS; k++) {
        for (String line : Files.readAllLines(dir.resolve("child-" + k + ".err"))) {
          if (line.contains("in doubt") || line.contains("planned")) {
            System.out.println("child " + k + ": " + line);
          }
        }
      }
      System.out.printf(
          "crash test: %d kills mid-run, %d messages sent, %d handed over more than once%n",
          killedMidRun, sent.size(), repeated.size());
    }
  }

  private long attempts() throws IOException {
    Path log = dir.resolve("attempts.log");
    return Files.exists(log) ? Files.size(log) / 26 : 0;
  }

  private Process child(String mode, String url, int n) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder(
            java,
            "-Xmx256m",
            "-cp",
            System.getProperty("java.class.path"),
            CrashChild.class.getName(),
            mode,
            url,
            dir.toString())
        .redirectOutput(dir.resolve("child-" + n + ".out").toFile())
        .redirectError(dir.resolve("child-" + n + ".err").toFile())
        .start();
  }
}
