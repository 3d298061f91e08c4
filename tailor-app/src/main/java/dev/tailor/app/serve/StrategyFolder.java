package dev.tailor.app.serve;

import dev.tailor.core.ErrorCode;
import dev.tailor.core.TailorException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The folder of strategy files the server serves: strategy {@code S} is {@code S.yaml} in it. Names
 * are checked so that no other file can be reached.
 */
public record StrategyFolder(Path dir) {
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");

  public StrategyFolder {
    dir = dir.toAbsolutePath().normalize();
  }

  /** The file of strategy {@code name}, which may not exist yet. */
  public Path file(String name) {
    if (name == null || !NAME.matcher(name).matches()) {
      throw new TailorException(
          ErrorCode.BAD_INPUT,
          "strategy name must be letters, digits, - and _ (at most 64), not '" + name + "'");
    }
    Path f = dir.resolve(name + ".yaml").normalize();
    if (!f.getParent().equals(dir)) {
      throw new TailorException(ErrorCode.BAD_INPUT, "strategy name leaves the folder: " + name);
    }
    return f;
  }

  /** The file of an existing strategy. */
  public Path existing(String name) {
    Path f = file(name);
    if (!Files.isRegularFile(f)) {
      throw new TailorException(
          ErrorCode.NOT_FOUND,
          "no strategy " + name + " (no file " + f.getFileName() + " in the strategies folder)");
    }
    return f;
  }

  public List<String> names() {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".yaml"))
          .map(n -> n.substring(0, n.length() - 5))
          .filter(n -> NAME.matcher(n).matches())
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public String read(String name) {
    try {
      return Files.readString(existing(name), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes atomically (a temporary file moved over the old one). */
  public void write(String name, String yaml) {
    Path f = file(name);
    try {
      Files.createDirectories(dir);
      Path tmp = Files.createTempFile(dir, ".strategy-", ".tmp");
      Files.writeString(tmp, yaml, StandardCharsets.UTF_8);
      Files.move(
          tmp,
          f,
          java.nio.file.StandardCopyOption.REPLACE_EXISTING,
          java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
