package dev.tailor.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * Pins recommendation quality on the real public datasets through {@code tailor evaluate}, so a
 * regression in a model, a split or a metric fails the build. The expected values were measured
 * with the same commands; the tolerance absorbs floating-point differences between machines, not
 * real changes.
 */
class RealDataQualityIT {
  private static final Offset<Double> TOLERANCE = Offset.offset(0.01);

  private static Path dataset(String name) {
    assumeThat(System.getProperty("tailor.test.slow"))
        .as("slow tests are on")
        .isNotEqualTo("false");
    String root = System.getProperty("tailor.datasets");
    assumeThat(root).as("system property tailor.datasets").isNotNull();
    Path dir = Path.of(root).resolve(name);
    assumeThat(Files.isDirectory(dir)).as("dataset folder " + dir).isTrue();
    return dir;
  }

  private static JsonNode evaluate(String... args) throws IOException {
    CliRun run = CliRun.of(args);
    assertThat(run.exitCode()).as(run.err()).isZero();
    return new ObjectMapper().readTree(run.out()).get("algorithms");
  }

  @Test
  void movieLensPerUserRandomSplitMatchesThePinnedNdcg() throws IOException {
    JsonNode a =
        evaluate(
            "evaluate",
            "--dir",
            dataset("movielens-latest-small").toString(),
            "--map",
            "movielens",
            "--split",
            "user-random:0.25",
            "--half-life",
            "0",
            "--algorithms",
            "itemknn,copurchase,hybrid,als",
            "--json");

    assertThat(a.get("popular").get("ndcg").asDouble()).isCloseTo(0.2119, TOLERANCE);
    assertThat(a.get("itemknn").get("ndcg").asDouble()).isCloseTo(0.3055, TOLERANCE);
    assertThat(a.get("copurchase").get("ndcg").asDouble()).isCloseTo(0.2986, TOLERANCE);
    assertThat(a.get("hybrid").get("ndcg").asDouble()).isCloseTo(0.3310, TOLERANCE);
    assertThat(a.get("als").get("ndcg").asDouble()).isCloseTo(0.2779, TOLERANCE);
  }

  @Test
  void onlineRetailTemporalSplitMatchesThePinnedNdcg() throws IOException {
    JsonNode a =
        evaluate(
            "evaluate",
            "--dir",
            dataset("uci-online-retail").toString(),
            "--map",
            "uci-online-retail",
            "--split",
            "temporal:0.2",
            "--half-life",
            "0",
            "--algorithms",
            "itemknn,copurchase,hybrid,als",
            "--json");

    assertThat(a.get("popular").get("ndcg").asDouble()).isCloseTo(0.0382, TOLERANCE);
    assertThat(a.get("itemknn").get("ndcg").asDouble()).isCloseTo(0.0554, TOLERANCE);
    assertThat(a.get("copurchase").get("ndcg").asDouble()).isCloseTo(0.0553, TOLERANCE);
    assertThat(a.get("hybrid").get("ndcg").asDouble()).isCloseTo(0.0732, TOLERANCE);
    assertThat(a.get("als").get("ndcg").asDouble()).isCloseTo(0.0608, TOLERANCE);
  }
}
