package dev.tailor.ingest;

import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** The real data sets of the slow tests, found through the {@code tailor.datasets} property. */
final class Datasets {
  private Datasets() {}

  /** The folder of data set {@code name}; skips the calling test when it cannot run. */
  static Path folder(String name) {
    assumeFalse(
        "false".equals(System.getProperty("tailor.test.slow")),
        "slow tests are off (-Dtailor.test.slow=false)");
    String root = System.getProperty("tailor.datasets");
    assumeTrue(root != null, "system property tailor.datasets is not set");
    Path dir = Path.of(root).resolve(name);
    assumeTrue(Files.isDirectory(dir), "data set folder " + dir + " is missing");
    return dir;
  }
}
