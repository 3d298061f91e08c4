package dev.tailor.strategy.explore;

import java.util.SplittableRandom;

/** Draws from Beta(a, b) as X / (X + Y) of two Gamma draws (Marsaglia and Tsang). */
final class Beta {
  private Beta() {}

  static double sample(double a, double b, SplittableRandom r) {
    double x = gamma(a, r);
    double y = gamma(b, r);
    return x / (x + y);
  }

  static double gamma(double shape, SplittableRandom r) {
    if (shape < 1) {
      return gamma(shape + 1, r) * Math.pow(r.nextDouble(), 1 / shape);
    }
    double d = shape - 1.0 / 3;
    double c = 1 / Math.sqrt(9 * d);
    while (true) {
      double x = normal(r);
      double v = 1 + c * x;
      if (v <= 0) {
        continue;
      }
      v = v * v * v;
      double u = r.nextDouble();
      if (Math.log(u) < 0.5 * x * x + d - d * v + d * Math.log(v)) {
        return d * v;
      }
    }
  }

  private static double normal(SplittableRandom r) {
    double u = 1 - r.nextDouble();
    double v = r.nextDouble();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }
}
