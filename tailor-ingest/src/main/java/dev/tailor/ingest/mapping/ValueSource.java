package dev.tailor.ingest.mapping;

import dev.tailor.ingest.read.Row;
import java.util.ArrayList;
import java.util.List;

/** Where a mapped value starts: a source column, a constant, or a template over columns. */
abstract class ValueSource {
  /** The pseudo-column holding the row's line number. */
  static final String LINE = "_line";

  /** The pseudo-column holding the source file's name. */
  static final String FILE = "_file";

  abstract String read(Row row, String file);

  abstract List<String> columns();

  static ValueSource column(String name) {
    return new Template(List.of(new Part(name, true)));
  }

  static ValueSource constant(String value) {
    return new Template(List.of(new Part(value, false)));
  }

  /**
   * A template such as {@code guest-{InvoiceNo}}: text with {@code {column}} references; {@code
   * {_line}} and {@code {_file}} are the line number and the file name.
   *
   * @throws IllegalArgumentException when a brace is not closed or a reference is empty
   */
  static ValueSource template(String text) {
    List<Part> parts = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      int open = text.indexOf('{', i);
      if (open < 0) {
        parts.add(new Part(text.substring(i), false));
        break;
      }
      if (open > i) {
        parts.add(new Part(text.substring(i, open), false));
      }
      int close = text.indexOf('}', open);
      if (close < 0) {
        throw new IllegalArgumentException("'{' at position " + open + " is not closed");
      }
      String name = text.substring(open + 1, close).strip();
      if (name.isEmpty()) {
        throw new IllegalArgumentException("empty column reference '{}'");
      }
      parts.add(new Part(name, true));
      i = close + 1;
    }
    return new Template(parts);
  }

  private record Part(String text, boolean column) {
    String read(Row row, String file) {
      if (!column) {
        return text;
      }
      return switch (text) {
        case LINE -> Long.toString(row.line());
        case FILE -> file;
        default -> row.get(text);
      };
    }
  }

  private static final class Template extends ValueSource {
    private final List<Part> parts;

    Template(List<Part> parts) {
      this.parts = List.copyOf(parts);
    }

    @Override
    String read(Row row, String file) {
      if (parts.size() == 1) {
        return parts.get(0).read(row, file);
      }
      StringBuilder out = new StringBuilder();
      for (Part p : parts) {
        out.append(p.read(row, file));
      }
      return out.toString();
    }

    @Override
    List<String> columns() {
      return parts.stream()
          .filter(p -> p.column() && !p.text().equals(LINE) && !p.text().equals(FILE))
          .map(Part::text)
          .toList();
    }
  }
}
