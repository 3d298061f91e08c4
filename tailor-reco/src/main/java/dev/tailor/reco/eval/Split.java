package dev.tailor.reco.eval;

import dev.tailor.reco.data.InteractionLog;
import java.util.Locale;

/**
 * Cuts an interaction log into a training and a test part. Splits see every product interaction;
 * which test events count as relevant is decided afterwards by the weight scheme (see {@link
 * EvaluationSet}).
 *
 * <p>Spec syntax (the {@code --split} option):
 *
 * <ul>
 *   <li>{@code temporal:F} — one global cut time; the last fraction F of events is test ({@link
 *       TemporalSplit})
 *   <li>{@code user-random:F} — per customer, a seeded random fraction F of their distinct products
 *       is test ({@link UserRandomSplit}, the Microsoft Recommenders protocol)
 *   <li>{@code leave-last-out} — each customer's last interacted product is test ({@link
 *       LeaveLastOutSplit})
 * </ul>
 *
 * F is a fraction strictly between 0 and 1, e.g. {@code temporal:0.2}.
 */
public interface Split {
  /** The split spec, as parsed by {@link #parse}. */
  String spec();

  /**
   * Cuts {@code log}; throws an {@link EvaluationException} (BAD_INPUT) when the log is empty or
   * one side would be empty.
   */
  TrainTest apply(InteractionLog log);

  /** The split the default {@code tailor evaluate} uses: {@code temporal:0.2}. */
  static Split defaults() {
    return new TemporalSplit(0.2);
  }

  /**
   * Parses a spec ({@code temporal:0.2}, {@code user-random:0.25}, {@code leave-last-out}); {@code
   * seed} drives the random splits. Throws an {@link EvaluationException} (BAD_INPUT) that says
   * what is wrong and what is accepted.
   */
  static Split parse(String spec, long seed) {
    if (spec == null || spec.isBlank()) {
      throw EvaluationException.badInput("the split is empty; " + SYNTAX);
    }
    String s = spec.strip().toLowerCase(Locale.ROOT);
    int colon = s.indexOf(':');
    String kind = colon < 0 ? s : s.substring(0, colon).strip();
    String arg = colon < 0 ? null : s.substring(colon + 1).strip();
    switch (kind) {
      case "temporal":
        return new TemporalSplit(fraction(kind, arg));
      case "user-random":
        return new UserRandomSplit(fraction(kind, arg), seed);
      case "leave-last-out":
        if (arg != null) {
          throw EvaluationException.badInput(
              "the split leave-last-out takes no fraction, but got '" + spec.strip() + "'");
        }
        return new LeaveLastOutSplit();
      default:
        throw EvaluationException.badInput("unknown split '" + spec.strip() + "'; " + SYNTAX);
    }
  }

  /** What {@link #parse} accepts, for error messages. */
  String SYNTAX =
      "expected temporal:F, user-random:F or leave-last-out, with F the test fraction strictly"
          + " between 0 and 1 (e.g. temporal:0.2)";

  private static double fraction(String kind, String arg) {
    if (arg == null || arg.isEmpty()) {
      throw EvaluationException.badInput(
          "the split " + kind + " needs a test fraction, e.g. " + kind + ":0.2");
    }
    double f;
    try {
      f = Double.parseDouble(arg);
    } catch (NumberFormatException e) {
      throw EvaluationException.badInput(
          "the test fraction of the split " + kind + " is not a number: '" + arg + "'");
    }
    return checkFraction(kind, f);
  }

  /** Returns {@code f} when it lies strictly between 0 and 1, else throws BAD_INPUT. */
  static double checkFraction(String kind, double f) {
    if (!(f > 0 && f < 1)) {
      throw EvaluationException.badInput(
          "the test fraction of the split "
              + kind
              + " must lie strictly between 0 and 1, not "
              + f);
    }
    return f;
  }
}
