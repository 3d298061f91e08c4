package dev.tailor.app.config;

import dev.tailor.core.ErrorCode;
import dev.tailor.core.TailorException;
import dev.tailor.core.event.EventType;
import dev.tailor.reco.data.WeightScheme;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * How models learn.
 *
 * @param window how far back from the newest event training looks; empty means all history
 * @param weights event weights and time decay
 * @param modelsDir where model snapshots are kept
 * @param serving how the server serves recommendations
 */
public record RecoConfig(
    Optional<Duration> window, WeightScheme weights, Path modelsDir, ServingConfig serving) {
  public static final RecoConfig DEFAULTS =
      new RecoConfig(
          Optional.of(Duration.ofDays(90)),
          WeightScheme.DEFAULTS,
          Path.of("tailor-data", "models"),
          ServingConfig.DEFAULTS);

  /** Parses {@code 90d}, {@code 12h}, {@code 2w} or {@code all}, naming {@code key} on error. */
  public static Optional<Duration> parseWindow(String key, String value) {
    String v = value.strip().toLowerCase(Locale.ROOT);
    if (v.equals("all")) {
      return Optional.empty();
    }
    return Optional.of(parseDuration(key, v));
  }

  /** Parses {@code 30d}, {@code 12h}, {@code 2w} or {@code 0} (no decay). */
  public static Duration parseDuration(String key, String value) {
    String v = value.strip().toLowerCase(Locale.ROOT);
    try {
      if (v.equals("0")) {
        return Duration.ZERO;
      }
      long n = Long.parseLong(v.substring(0, v.length() - 1));
      Duration d =
          switch (v.charAt(v.length() - 1)) {
            case 'h' -> Duration.ofHours(n);
            case 'd' -> Duration.ofDays(n);
            case 'w' -> Duration.ofDays(7 * n);
            default -> throw new NumberFormatException();
          };
      if (d.isNegative() || (d.isZero() && !key.endsWith("half-life"))) {
        throw new NumberFormatException();
      }
      return d;
    } catch (RuntimeException e) {
      throw new TailorException(
          ErrorCode.CONFIG,
          key
              + " must look like 90d, 12h or 2w"
              + (key.endsWith("window") ? " or be 'all'" : "")
              + ", not '"
              + value
              + "'");
    }
  }

  /** Formats a duration the way {@link #parseDuration} reads it. */
  public static String format(Duration d) {
    if (d.isZero()) {
      return "0";
    }
    return d.toHours() % 24 == 0 ? d.toDays() + "d" : d.toHours() + "h";
  }

  /** A scheme with the four configurable weights and half-life. */
  public static WeightScheme scheme(
      double view, double add, double purchase, double click, Duration halfLife) {
    return new WeightScheme(
        Map.of(
            EventType.PRODUCT_VIEWED, view,
            EventType.PRODUCT_ADDED, add,
            EventType.ORDER_COMPLETED, purchase,
            EventType.EMAIL_CLICKED, click),
        halfLife);
  }

  public RecoConfig withWindow(Optional<Duration> w) {
    return new RecoConfig(w, weights, modelsDir, serving);
  }
}
