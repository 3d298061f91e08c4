package dev.tailor.mail.export;

import dev.tailor.core.ErrorCode;
import dev.tailor.core.TailorException;
import java.nio.file.Path;

/**
 * Where the ESP export appends.
 *
 * @param file the {@code .jsonl} file (created when missing, appended to when it exists)
 */
public record EspExportSettings(Path file) {
  public EspExportSettings {
    if (file == null || file.toString().isBlank()) {
      throw new TailorException(ErrorCode.CONFIG, "delivery.esp-export.file is required");
    }
  }
}
