package dev.tailor.reco.tune;

import dev.tailor.core.ErrorCode;
import dev.tailor.core.TailorException;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/** The values one hyper-parameter may take during a search, drawn as text. */
public sealed interface Dimension permits Dimension.Choice, Dimension.LogRange {
  /** One value, drawn with {@code random}. */
  String sample(SplittableRandom random);

  /** A finite list of values, drawn uniformly; a grid search enumerates them. */
  record Choice(List<String> values) implements Dimension {
    public Choice {
      values = List.copyOf(values);
      if (values.isEmpty()) {
        throw new TailorException(ErrorCode.BAD_INPUT, "a choice needs at least one value");
      }
    }

    public static Choice of(Object... values) {
      return new Choice(java.util.Arrays.stream(values).map(String::valueOf).toList());
    }

    @Override
    public String sample(SplittableRandom random) {
      return values.get(random.nextInt(values.size()));
    }
  }

  /**
   * A positive range drawn log-uniformly (each decade as likely), rounded to an integer when {@code
   * integer}.
   */
  record LogRange(double min, double max, boolean integer) implements Dimension {
    public LogRange {
      if (!(min > 0 && max >= min && Double.isFinite(max))) {
        throw new TailorException(
            ErrorCode.BAD_INPUT, "a log range needs 0 < min ≤ max, not " + min + ".." + max);
      }
    }

    @Override
    public String sample(SplittableRandom random) {
      double v = Math.exp(Math.log(min) + random.nextDouble() * (Math.log(max) - Math.log(min)));
      if (integer) {
        return Long.toString(Math.round(v));
      }
      return String.format(Locale.ROOT, "%.3g", v).strip();
    }
  }
}
