package dev.tailor.ingest;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

/** Writes test files into a folder. */
final class Folder {
  private final Path dir;

  Folder(Path dir) {
    this.dir = dir;
  }

  Path path() {
    return dir;
  }

  Folder file(String name, String... lines) {
    return bytes(name, (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
  }

  Folder bytes(String name, byte[] content) {
    try {
      Path p = dir.resolve(name);
      if (name.endsWith(".gz")) {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(p))) {
          out.write(content);
        }
      } else {
        Files.write(p, content);
      }
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
