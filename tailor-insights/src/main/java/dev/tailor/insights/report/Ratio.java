package dev.tailor.insights.report;

/** Division that yields 0 for an empty denominator. */
final class Ratio {
  private Ratio() {}

  static double of(double numerator, double denominator) {
    return denominator == 0 ? 0 : numerator / denominator;
  }
}
