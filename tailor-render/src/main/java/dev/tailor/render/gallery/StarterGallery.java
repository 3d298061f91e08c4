package dev.tailor.render.gallery;

import dev.tailor.core.ErrorCode;
import dev.tailor.render.model.TemplateRenderException;
import dev.tailor.render.template.TemplateSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/** The starter templates shipped as classpath resources. */
public final class StarterGallery {
  /** The starter templates' names, in gallery order. */
  public static final List<String> NAMES =
      List.of(
          "weekly-picks",
          "abandoned-cart",
          "browse-abandonment",
          "post-purchase",
          "win-back",
          "welcome");

  private StarterGallery() {}

  /** The starter template of this name, if there is one. */
  public static Optional<TemplateSource> find(String name) {
    if (!NAMES.contains(name)) {
      return Optional.empty();
    }
    String path = "/dev/tailor/render/gallery/" + name + ".mjml.liquid";
    try (InputStream in = StarterGallery.class.getResourceAsStream(path)) {
      if (in == null) {
        return Optional.empty();
      }
      return Optional.of(
          TemplateSource.parse(name, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The starter template of this name; fails naming the gallery when absent. */
  public static TemplateSource get(String name) {
    return find(name)
        .orElseThrow(
            () ->
                new TemplateRenderException(
                    ErrorCode.NOT_FOUND,
                    "no starter template "
                        + name
                        + " (gallery: "
                        + String.join(", ", NAMES)
                        + ")"));
  }

  /** Every starter template. */
  public static List<TemplateSource> all() {
    return NAMES.stream().map(StarterGallery::get).toList();
  }
}
