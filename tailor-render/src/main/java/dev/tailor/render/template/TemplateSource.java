package dev.tailor.render.template;

import dev.tailor.core.ErrorCode;
import dev.tailor.render.model.TemplateRenderException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * A template as written: a front matter with {@code subject:} lines (one per variant) and a {@code
 * preheader:} line between {@code ---} fences, then an MJML layout with Liquid inside.
 *
 * @param name the template's name (gallery name or file path), used in error messages
 * @param subjects subject-line variants (Liquid), at least one
 * @param preheader the preheader (Liquid); may be empty
 * @param mjml the layout (MJML with Liquid)
 * @param mjmlFirstLine the line number of the layout's first line in the file
 * @param text the whole file, for linting
 */
public record TemplateSource(
    String name,
    List<String> subjects,
    String preheader,
    String mjml,
    int mjmlFirstLine,
    String text) {

  public TemplateSource {
    subjects = List.copyOf(subjects);
  }

  /** Parses a template file's text. */
  public static TemplateSource parse(String name, String text) {
    String normalized = text.replace("\r\n", "\n");
    List<String> subjects = new ArrayList<>();
    String preheader = "";
    int firstLine = 1;
    String body = normalized;
    if (normalized.startsWith("---\n")) {
      int end = normalized.indexOf("\n---\n", 3);
      if (end < 0) {
        throw new TemplateRenderException(
            ErrorCode.BAD_INPUT, name + ":1: front matter opened with --- is never closed");
      }
      String[] lines = normalized.substring(4, end).split("\n", -1);
      for (int i = 0; i < lines.length; i++) {
        String line = lines[i];
        if (line.startsWith("subject:")) {
          subjects.add(line.substring(8).strip());
        } else if (line.startsWith("preheader:")) {
          preheader = line.substring(10).strip();
        } else if (!line.isBlank() && !line.startsWith("#")) {
          throw new TemplateRenderException(
              ErrorCode.BAD_INPUT,
              name + ":" + (i + 2) + ": unknown front matter line (subject: or preheader:)");
        }
      }
      firstLine = lines.length + 3;
      body = normalized.substring(end + 5);
    }
    if (subjects.isEmpty()) {
      throw new TemplateRenderException(
          ErrorCode.BAD_INPUT, name + ":1: no subject: line in the front matter");
    }
    return new TemplateSource(name, subjects, preheader, body, firstLine, normalized);
  }

  /** SHA-256 of the file's text: the template's version. */
  public String hash() {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The subject variant for this index (wrapping around when there are fewer). */
  public String subject(int variant) {
    return subjects.get(variant % subjects.size());
  }
}
