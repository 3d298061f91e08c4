package dev.tailor.app.render;

import dev.tailor.core.ErrorCode;
import dev.tailor.core.TailorException;
import dev.tailor.render.gallery.StarterGallery;
import dev.tailor.render.template.TemplateSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Resolves a template name: a starter template of the gallery, else a file path. */
final class TemplateResolver {
  private TemplateResolver() {}

  static TemplateSource resolve(String name) {
    Optional<TemplateSource> starter = StarterGallery.find(name);
    if (starter.isPresent()) {
      return starter.get();
    }
    Path file = Path.of(name);
    if (!Files.isRegularFile(file)) {
      throw new TailorException(
          ErrorCode.NOT_FOUND,
          "no template "
              + name
              + ": neither a starter template ("
              + String.join(", ", StarterGallery.NAMES)
              + ") nor a file");
    }
    try {
      return TemplateSource.parse(name, Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new TailorException(ErrorCode.BAD_INPUT, "cannot read " + file + ": " + e, e);
    }
  }
}
