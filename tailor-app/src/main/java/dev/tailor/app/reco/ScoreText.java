package dev.tailor.app.reco;

import java.util.Locale;

/**
 * Writes a score with six significant digits as ASCII bytes, like {@code String.format("%.6g")}
 * (fixed notation from 1e-4 up to 1e6, e.g. {@code 0.123457}, {@code 12.3457}, {@code 1.00000}) but
 * without a formatter or a string per value: bulk exports write millions of them. The value is
 * rounded half-up from its exact binary value, so in the rare exact-tie case the last digit can
 * differ from {@code String.format}, which rounds the shortest decimal representation; values
 * outside the fixed range, zero, negatives and non-finite values go through {@code String.format}.
 */
final class ScoreText {
  private static final double[] POWERS = {1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10};

  private ScoreText() {}

  /** Writes {@code value} into {@code out} at {@code at}; returns the position after it. */
  static int write(float value, byte[] out, int at) {
    double v = value;
    if (!(v >= 1e-4 && v < 1e6)) {
      return ascii(String.format(Locale.ROOT, "%.6g", value), out, at);
    }
    // decimals = 5 - exponent, for the exponent of v after rounding to six digits
    int exponent = (int) Math.floor(Math.log10(v));
    int decimals = 5 - exponent;
    long scaled = Math.round(v * POWERS[decimals]);
    if (scaled >= 1_000_000) { // rounding carried into a new digit (9.999996 -> 10.0000)
      decimals--;
      if (decimals < 0) {
        return ascii(String.format(Locale.ROOT, "%.6g", value), out, at);
      }
      scaled = Math.round(v * POWERS[decimals]);
    } else if (scaled < 100_000) { // log10 landed just above a power of ten
      decimals++;
      scaled = Math.round(v * POWERS[decimals]);
    }
    long whole = scaled;
    int p = at;
    if (decimals > 0) {
      long unit = (long) POWERS[decimals];
      whole = scaled / unit;
      p = digits(whole, out, p);
      out[p++] = '.';
      long frac = scaled % unit;
      for (int d = decimals - 1; d >= 0; d--) {
        out[p + d] = (byte) ('0' + frac % 10);
        frac /= 10;
      }
      return p + decimals;
    }
    return digits(whole, out, p);
  }

  /** The longest text {@link #write} produces. */
  static int maxLength() {
    return 32;
  }

  /** Writes a non-negative integer; returns the position after it. */
  static int digits(long value, byte[] out, int at) {
    int len = 1;
    for (long v = value; v >= 10; v /= 10) {
      len++;
    }
    long v = value;
    for (int d = len - 1; d >= 0; d--) {
      out[at + d] = (byte) ('0' + v % 10);
      v /= 10;
    }
    return at + len;
  }

  private static int ascii(String s, byte[] out, int at) {
    for (int i = 0; i < s.length(); i++) {
      out[at + i] = (byte) s.charAt(i);
    }
    return at + s.length();
  }
}
