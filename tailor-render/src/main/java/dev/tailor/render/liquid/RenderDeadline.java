package dev.tailor.render.liquid;

/**
 * The render-time limit of the render running on this thread: {@link LiquidRenderer#limited} sets
 * it, and every piece of output a render appends ({@link RopeRenderTransformer}) checks it, so a
 * render past its time stops where it is instead of running on.
 */
final class RenderDeadline {
  /** No limit: renders outside {@link LiquidRenderer#limited}. */
  static final long NONE = Long.MAX_VALUE;

  private static final ThreadLocal<long[]> DEADLINE =
      ThreadLocal.withInitial(() -> new long[] {NONE});

  private RenderDeadline() {}

  /** Sets this thread's deadline to now + {@code millis}; returns the one it replaces. */
  static long start(long millis) {
    long[] d = DEADLINE.get();
    long before = d[0];
    d[0] = System.nanoTime() + millis * 1_000_000L;
    return before;
  }

  /** Puts back the deadline {@link #start} replaced. */
  static void restore(long before) {
    DEADLINE.get()[0] = before;
  }

  /** This thread's deadline ({@link System#nanoTime} scale), or {@link #NONE}. */
  static long current() {
    return DEADLINE.get()[0];
  }

  /** Throws when the deadline has passed. */
  static void check(long deadline) {
    if (deadline != NONE && System.nanoTime() - deadline > 0) {
      throw new Exceeded();
    }
  }

  /** The render went past its deadline. */
  static final class Exceeded extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Exceeded() {
      super("the render took longer than its limit", null, false, false);
    }
  }
}
