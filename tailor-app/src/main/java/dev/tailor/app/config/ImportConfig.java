package dev.tailor.app.config;

import dev.tailor.core.ErrorCode;
import dev.tailor.core.TailorException;

/**
 * How imports run.
 *
 * @param batchSize rows stored per transaction
 * @param rejectsShown rejected rows printed by {@code tailor import} (all go to the rejects file)
 */
public record ImportConfig(int batchSize, int rejectsShown) {
  public static final ImportConfig DEFAULTS = new ImportConfig(20_000, 20);

  public ImportConfig {
    if (batchSize < 1 || batchSize > 100_000) {
      throw new TailorException(
          ErrorCode.CONFIG,
          "tailor.import.batch-size must be between 1 and 100000, not " + batchSize);
    }
    if (rejectsShown < 0) {
      throw new TailorException(
          ErrorCode.CONFIG, "tailor.import.rejects-shown must not be negative");
    }
  }
}
