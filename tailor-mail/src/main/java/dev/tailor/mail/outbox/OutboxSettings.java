package dev.tailor.mail.outbox;

import dev.tailor.core.ErrorCode;
import dev.tailor.core.TailorException;
import java.nio.file.Path;

/**
 * Where the outbox writes.
 *
 * @param directory the folder of {@code .eml} files (created when missing)
 * @param fsync whether each file is forced to disk before it is renamed into place (survives a
 *     power loss, costs a disk flush per message; a killed process loses nothing either way)
 */
public record OutboxSettings(Path directory, boolean fsync) {
  public OutboxSettings {
    if (directory == null || directory.toString().isBlank()) {
      throw new TailorException(ErrorCode.CONFIG, "delivery.outbox.directory is required");
    }
  }

  /** An outbox in {@code directory} without fsync. */
  public static OutboxSettings of(Path directory) {
    return new OutboxSettings(directory, false);
  }
}
