package dev.tailor.ingest.mapping;

import dev.tailor.ingest.read.Row;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.DoublePredicate;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The conditions of mapping rules: one test on one subject, or all/any/not of others. */
final class Conditions {
  /** The test names a condition may use, with the subject key {@code column} or {@code field}. */
  static final Set<String> TESTS =
      Set.of(
          "equals",
          "not-equals",
          "in",
          "starts-with",
          "ends-with",
          "contains",
          "matches",
          "empty",
          "less-than",
          "less-or-equal",
          "greater-than",
          "greater-or-equal");

  private Conditions() {}

  /**
   * What a condition reads: a source column ({@code column: X}) or an output field as mapped so far
   * ({@code field: x}). Values are stripped.
   */
  record Subject(String name, boolean column) {
    String read(Row source, Row mapped) {
      return (column ? source.get(name) : mapped.get(name)).strip();
    }

    @Override
    public String toString() {
      return column ? name : "field " + name;
    }
  }

  /**
   * A single test; {@code operand} is the test's value as text (a list for {@code in}).
   *
   * @throws IllegalArgumentException when the operand does not suit the test
   */
  static Condition test(Subject subject, String test, List<String> operand) {
    String one = operand.isEmpty() ? "" : operand.get(0);
    Predicate<String> p =
        switch (test) {
          case "equals" -> one::equals;
          case "not-equals" -> v -> !one.equals(v);
          case "in" -> Set.copyOf(operand)::contains;
          case "starts-with" -> v -> v.startsWith(one);
          case "ends-with" -> v -> v.endsWith(one);
          case "contains" -> v -> v.contains(one);
          case "matches" -> Pattern.compile(one).asMatchPredicate();
          case "empty" -> emptyTest(one);
          case "less-than" -> numeric(one, (v, n) -> v < n);
          case "less-or-equal" -> numeric(one, (v, n) -> v <= n);
          case "greater-than" -> numeric(one, (v, n) -> v > n);
          case "greater-or-equal" -> numeric(one, (v, n) -> v >= n);
          default -> throw new IllegalArgumentException("unknown test '" + test + "'");
        };
    String text = subject + " " + test + " " + (test.equals("in") ? operand : "'" + one + "'");
    return new Single(subject, p, text);
  }

  private static Predicate<String> emptyTest(String flag) {
    return switch (flag) {
      case "true" -> String::isEmpty;
      case "false" -> v -> !v.isEmpty();
      default -> throw new IllegalArgumentException("'empty' takes true or false");
    };
  }

  private interface Comparison {
    boolean holds(double value, double operand);
  }

  private static Predicate<String> numeric(String operand, Comparison c) {
    double n;
    try {
      n = Double.parseDouble(operand);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not a number: '" + operand + "'", e);
    }
    DoublePredicate holds = v -> c.holds(v, n);
    return v -> {
      if (v.isEmpty()) {
        return false;
      }
      char first = v.charAt(0);
      if (!(Character.isDigit(first) || first == '-' || first == '+' || first == '.')) {
        return false;
      }
      try {
        return holds.test(Double.parseDouble(v));
      } catch (NumberFormatException e) {
        return false;
      }
    };
  }

  static Condition all(List<Condition> parts) {
    return new Group(parts, true);
  }

  static Condition any(List<Condition> parts) {
    return new Group(parts, false);
  }

  static Condition not(Condition c) {
    return new Condition() {
      @Override
      public boolean test(Row source, Row mapped) {
        return !c.test(source, mapped);
      }

      @Override
      public String describe() {
        return "not (" + c.describe() + ")";
      }

      @Override
      public List<String> columns() {
        return c.columns();
      }
    };
  }

  private record Single(Subject subject, Predicate<String> predicate, String text)
      implements Condition {
    @Override
    public boolean test(Row source, Row mapped) {
      return predicate.test(subject.read(source, mapped));
    }

    @Override
    public String describe() {
      return text;
    }

    @Override
    public List<String> columns() {
      return subject.column() ? List.of(subject.name()) : List.of();
    }
  }

  private record Group(List<Condition> parts, boolean all) implements Condition {
    @Override
    public boolean test(Row source, Row mapped) {
      for (Condition c : parts) {
        if (c.test(source, mapped) != all) {
          return !all;
        }
      }
      return all;
    }

    @Override
    public String describe() {
      return parts.stream()
          .map(Condition::describe)
          .collect(Collectors.joining(all ? " and " : " or ", "(", ")"));
    }

    @Override
    public List<String> columns() {
      List<String> out = new ArrayList<>();
      parts.forEach(p -> out.addAll(p.columns()));
      return out;
    }
  }
}
