package dev.tailor.ingest.mapping;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Finds a mapping by the {@code --map} argument: a path to a YAML file, or the name of a mapping
 * shipped with Tailor ({@link #SHIPPED}).
 */
public final class Mappings {
  /** The names of the mappings shipped as resources, usable as {@code --map NAME}. */
  public static final List<String> SHIPPED = List.of("uci-online-retail", "movielens");

  private static final String RESOURCE_DIR = "/dev/tailor/ingest/mappings/";

  private Mappings() {}

  /**
   * Loads the mapping that {@code nameOrPath} designates. An existing file wins; otherwise a
   * shipped name (with or without {@code .yaml}) is looked up among the resources.
   *
   * @throws MappingException when neither exists, or the mapping is not valid
   */
  public static Mapping resolve(String nameOrPath) {
    Path path = Path.of(nameOrPath);
    if (Files.isRegularFile(path)) {
      return load(path);
    }
    String name = nameOrPath.strip().toLowerCase(Locale.ROOT);
    if (name.endsWith(".yaml")) {
      name = name.substring(0, name.length() - ".yaml".length());
    }
    if (SHIPPED.contains(name)) {
      return shipped(name);
    }
    throw new MappingException(
        "no mapping file '" + nameOrPath + "' and no shipped mapping of that name " + SHIPPED);
  }

  /** Reads a mapping file; messages call it by its file name. */
  public static Mapping load(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return MappingReader.read(file.getFileName().toString(), in);
    } catch (IOException e) {
      throw new MappingException(
          "mapping " + file.getFileName() + ": cannot read: " + e.getMessage(), e);
    }
  }

  /** A shipped mapping by name. */
  public static Mapping shipped(String name) {
    String resource = RESOURCE_DIR + name + ".yaml";
    try (InputStream in = Mappings.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new MappingException("no shipped mapping '" + name + "' " + SHIPPED);
      }
      return MappingReader.read(name, in);
    } catch (IOException e) {
      throw new MappingException("mapping " + name + ": cannot read: " + e.getMessage(), e);
    }
  }
}
