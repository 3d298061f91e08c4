package dev.tailor.ingest.read;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A row made of name/value pairs, for parser and mapping tests. */
public final class TestRow implements Row {
  private final Map<String, String> values = new LinkedHashMap<>();

  public static TestRow of(String... namesAndValues) {
    TestRow r = new TestRow();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      r.values.put(namesAndValues[i], namesAndValues[i + 1]);
    }
    return r;
  }

  public TestRow with(String name, String value) {
    values.put(name, value);
    return this;
  }

  private long line = 7;

  public TestRow line(long n) {
    line = n;
    return this;
  }

  @Override
  public long line() {
    return line;
  }

  @Override
  public String get(String name) {
    return values.getOrDefault(name, "");
  }

  @Override
  public List<String> names() {
    return new ArrayList<>(values.keySet());
  }

  @Override
  public String raw() {
    return values.toString();
  }

  @Override
  public Optional<RowDefect> defect() {
    return Optional.empty();
  }
}
