package dev.tailor.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.tailor.core.ErrorCode;
import dev.tailor.core.TailorException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/** Writes results: plain text tables for people, one JSON document with {@code --json}. */
public final class Output {
  private static final ObjectMapper JSON =
      new ObjectMapper()
          .registerModule(new Jdk8Module())
          .registerModule(new JavaTimeModule())
          .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .enable(SerializationFeature.INDENT_OUTPUT);

  private final CliContext context;
  private final boolean json;

  Output(CliContext context, boolean json) {
    this.context = context;
    this.json = json;
  }

  public boolean json() {
    return json;
  }

  /** Text for people; suppressed with {@code --json} so stdout stays one JSON document. */
  public void line(String text) {
    if (!json) {
      context.out().println(text);
    }
  }

  /** Progress and notes for people, always on stderr. */
  public void note(String text) {
    context.err().println(text);
  }

  public PrintStream out() {
    return context.out();
  }

  /** Prints {@code value} as JSON on stdout (snake_case keys, ISO-8601 times). */
  public void printJson(Object value) {
    try {
      context.out().println(JSON.writeValueAsString(value));
    } catch (JsonProcessingException e) {
      throw new TailorException(ErrorCode.RUNTIME, "cannot write JSON: " + e.getMessage(), e);
    }
  }

  public ProgressBar progress(String label) {
    return new ProgressBar(context.err(), label, context.interactive());
  }

  /** Formats rows as an aligned text table; the first row is the header. */
  public static List<String> table(List<List<String>> rows) {
    int cols = rows.stream().mapToInt(List::size).max().orElse(0);
    int[] width = new int[cols];
    for (List<String> r : rows) {
      for (int i = 0; i < r.size(); i++) {
        width[i] = Math.max(width[i], r.get(i).length());
      }
    }
    List<String> lines = new ArrayList<>();
    for (List<String> r : rows) {
      StringBuilder b = new StringBuilder("  ");
      for (int i = 0; i < r.size(); i++) {
        String cell = r.get(i);
        boolean numeric =
            !cell.isEmpty() && cell.chars().allMatch(c -> "0123456789.,%-".indexOf(c) >= 0);
        String pad = " ".repeat(width[i] - cell.length());
        b.append(numeric ? pad + cell : cell + pad);
        if (i < r.size() - 1) {
          b.append("  ");
        }
      }
      lines.add(b.toString().stripTrailing());
    }
    return lines;
  }

  /** Prints rows as an aligned text table (nothing with {@code --json}). */
  public void printTable(List<List<String>> rows) {
    table(rows).forEach(this::line);
  }
}
