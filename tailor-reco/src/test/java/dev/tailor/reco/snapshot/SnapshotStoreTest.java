package dev.tailor.reco.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tailor.core.ErrorCode;
import dev.tailor.reco.Algorithms;
import dev.tailor.reco.TinyShop;
import dev.tailor.reco.model.AlgorithmOptions;
import dev.tailor.reco.model.AlgorithmParams;
import dev.tailor.reco.model.Model;
import dev.tailor.reco.model.TrainingData;
import dev.tailor.reco.model.UserProfile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SnapshotStoreTest {
  private static final AlgorithmParams PARAMS = new AlgorithmParams(8, 5, 0.1, 10, 1, 42);
  private static final Instant CREATED = Instant.parse("2026-02-01T10:20:30.456Z");

  @TempDir Path dir;

  static TrainingData shop() {
    List<String> dresses = List.of("Women", "Dresses");
    TinyShop s =
        new TinyShop()
            .product("d1", "Red dress", dresses, "Acme", "30", "summer")
            .product("d2", "Blue dress", dresses, "Acme", "40")
            .product("s1", "Shoe", List.of("Men", "Shoes"), "Zeta", "80")
            .product("cold", "Green dress", dresses, "Acme", "35");
    for (int c = 0; c < 12; c++) {
      s.buy("c" + c, c % 2 == 0 ? "d1" : "s1", "o" + c, c * 7);
      s.buy("c" + c, "d2", "o" + c, c * 7);
      s.view("c" + c, c % 3 == 0 ? "s1" : "d1", c);
    }
    return s.data();
  }

  private static TrainingConfig config(String algorithm) {
    return new TrainingConfig(
        algorithm,
        PARAMS,
        AlgorithmOptions.NONE.with("itemknn.neighbours", "7"),
        TinyShop.FLAT,
        Optional.of(Duration.ofDays(90)));
  }

  private SnapshotHeader header(String algorithm, TrainingData data) {
    return SnapshotHeader.of(config(algorithm), data, CREATED, Map.of("ndcg@10", 0.25));
  }

  private static float[] scores(Model m, UserProfile p) {
    float[] s = new float[m.items().size()];
    return m.score(p, s) ? s : null;
  }

  @ParameterizedTest
  @ValueSource(strings = {"popular", "trending", "itemknn", "copurchase", "content", "hybrid"})
  void aModelScoresIdenticallyAfterSaveAndLoad(String algorithm) {
    TrainingData data = shop();
    Model model = Algorithms.trainer(algorithm, PARAMS).train(data);
    SnapshotStore store = new SnapshotStore(dir);

    SnapshotInfo saved = store.save(model, header(algorithm, data));
    Snapshot loaded = store.latest(algorithm).orElseThrow();

    assertThat(loaded.model()).isInstanceOf(model.getClass()).isNotSameAs(model);
    assertThat(loaded.model().items().ids()).isEqualTo(model.items().ids());
    List<UserProfile> profiles =
        List.of(
            UserProfile.cold("new"),
            new UserProfile("a", new int[] {0}, new float[] {1}),
            new UserProfile("b", new int[] {1, 2}, new float[] {5, 0.5f}));
    for (UserProfile p : profiles) {
      assertThat(scores(loaded.model(), p)).isEqualTo(scores(model, p));
    }
    assertThat(loaded.info().version()).isEqualTo(saved.version()).isEqualTo("20260201-102030-456");
    assertThat(saved.file()).isEqualTo(dir.resolve(algorithm).resolve(saved.version() + ".model"));
  }

  @Test
  void theHeaderKeepsConfigDataWindowCountsHashesAndMetrics() {
    TrainingData data = shop();
    Model model = Algorithms.trainer("itemknn", PARAMS).train(data);
    SnapshotStore store = new SnapshotStore(dir);
    store.save(model, header("itemknn", data));

    SnapshotHeader h = store.latest("itemknn").orElseThrow().header();

    assertThat(h.formatVersion()).isEqualTo(SnapshotFormat.VERSION);
    assertThat(h.algorithm()).isEqualTo("itemknn");
    assertThat(h.createdAt()).isEqualTo(CREATED);
    assertThat(h.config()).isEqualTo(config("itemknn"));
    assertThat(h.configHash()).isEqualTo(config("itemknn").hash()).hasSize(16);
    assertThat(h.data()).isEqualTo(DataSummary.of(data));
    assertThat(h.data().last()).contains(TinyShop.T);
    assertThat(h.data().customers()).isEqualTo(12);
    assertThat(h.data().products()).isEqualTo(3);
    assertThat(h.data().catalog()).isEqualTo(4);
    assertThat(h.dataHash()).isEqualTo(DataSummary.of(data).hash());
    assertThat(h.metrics()).containsEntry("ndcg@10", 0.25);
  }

  @Test
  void theConfigHashChangesWithTheSettingsButNotWithTheThreads() {
    TrainingConfig base = config("itemknn");
    TrainingConfig threads =
        new TrainingConfig(
            "itemknn",
            new AlgorithmParams(8, 5, 0.1, 10, 7, 42),
            base.options(),
            base.weights(),
            base.window());
    TrainingConfig window =
        new TrainingConfig("itemknn", PARAMS, base.options(), base.weights(), Optional.empty());

    assertThat(threads.hash()).isEqualTo(base.hash());
    assertThat(window.hash()).isNotEqualTo(base.hash());
  }

  @Test
  void latestPointsAtTheNewestSaveAndListShowsEveryVersion() {
    TrainingData data = shop();
    Model model = Algorithms.trainer("popular", PARAMS).train(data);
    SnapshotStore store = new SnapshotStore(dir);
    SnapshotInfo first = store.save(model, header("popular", data));
    SnapshotInfo second = store.save(model, header("popular", data));

    assertThat(second.version()).isEqualTo(first.version() + "-2");
    assertThat(store.latestVersion("popular")).contains(second.version());
    assertThat(store.list("popular"))
        .extracting(SnapshotInfo::version)
        .containsExactly(first.version(), second.version());
    assertThat(store.list()).hasSize(2);
    assertThat(store.latest("itemknn")).isEmpty();
    assertThat(store.prune("popular", 1)).isEqualTo(1);
    assertThat(store.list("popular"))
        .extracting(SnapshotInfo::version)
        .containsExactly(second.version());
  }

  @Test
  void aDamagedFileFailsNamingTheFile() throws IOException {
    Path file = saved();
    byte[] bytes = Files.readAllBytes(file);
    bytes[bytes.length - 20] ^= 0x5a;
    Files.write(file, bytes);

    assertThatThrownBy(() -> SnapshotStore.load(file))
        .isInstanceOf(SnapshotException.class)
        .hasMessageContaining(file.toString())
        .hasMessageContaining("damaged")
        .extracting(e -> ((SnapshotException) e).code())
        .isEqualTo(ErrorCode.BAD_INPUT);
  }

  @Test
  void aTruncatedFileSaysSo() throws IOException {
    Path file = saved();
    byte[] bytes = Files.readAllBytes(file);
    for (int cut : new int[] {bytes.length - 1, bytes.length / 2, 30, 5}) {
      Files.write(file, Arrays.copyOf(bytes, cut));

      assertThatThrownBy(() -> SnapshotStore.load(file))
          .as("cut at %d", cut)
          .isInstanceOf(SnapshotException.class)
          .hasMessageContaining(file.toString())
          .hasMessageMatching("(?s).*(truncated|damaged).*");
    }
  }

  @Test
  void aForeignOrNewerFileIsRejected() throws IOException {
    Path file = saved();
    byte[] bytes = Files.readAllBytes(file);
    bytes[11] = 99;
    Files.write(file, bytes);
    assertThatThrownBy(() -> SnapshotStore.load(file)).hasMessageContaining("format version 99");

    Files.writeString(file, "id,name\n1,two\n");
    assertThatThrownBy(() -> SnapshotStore.load(file))
        .hasMessageContaining("is not a Tailor model file");
    assertThatThrownBy(() -> SnapshotStore.load(dir.resolve("missing.model")))
        .hasMessageContaining("does not exist");
  }

  @Test
  void listingReportsADamagedFileInsteadOfFailing() throws IOException {
    Path file = saved();
    Files.write(file, new byte[] {1, 2, 3});

    SnapshotInfo info = new SnapshotStore(dir).list("itemknn").get(0);

    assertThat(info.header()).isEmpty();
    assertThat(info.problem()).hasValueSatisfying(p -> assertThat(p).contains("truncated"));
  }

  @Test
  void rejectsNamesThatCouldLeaveTheFolder() {
    assertThatThrownBy(() -> new SnapshotStore(dir).load("../etc", "x"))
        .hasMessageContaining("not a valid algorithm or version name");
  }

  private Path saved() {
    TrainingData data = shop();
    Model model = Algorithms.trainer("itemknn", PARAMS).train(data);
    return new SnapshotStore(dir).save(model, header("itemknn", data)).file();
  }
}
