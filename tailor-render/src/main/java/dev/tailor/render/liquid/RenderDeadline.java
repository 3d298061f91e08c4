package dev.tailor.render.liquid;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * The render-time limit of the render running on this thread: {@link LiquidRenderer#limited} sets
 * it, and every new block and every 16th piece of output a render appends ({@link
 * RopeRenderTransformer}) checks it, so a render past its time stops where it is instead of running
 * on. The limit counts the thread's CPU time, so a busy machine does not fail good templates; the
 * cheap wall clock is read first (CPU time never runs ahead of it), and the thread's CPU clock only
 * once the wall-clock deadline has passed.
 */
final class RenderDeadline {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static final boolean CPU_TIME =
      THREADS.isCurrentThreadCpuTimeSupported() && THREADS.isThreadCpuTimeEnabled();

  private static final ThreadLocal<RenderDeadline> CURRENT = new ThreadLocal<>();

  /** Wall-clock time ({@link System#nanoTime}) before which the limit cannot have been reached. */
  private long wall;

  /** The thread's CPU time at which the limit is reached. */
  private final long cpu;

  private RenderDeadline(long nanos) {
    this.wall = System.nanoTime() + nanos;
    this.cpu = CPU_TIME ? THREADS.getCurrentThreadCpuTime() + nanos : Long.MIN_VALUE;
  }

  /** Sets this thread's limit to {@code millis} from now; returns the one it replaces or null. */
  static RenderDeadline start(long millis) {
    RenderDeadline before = CURRENT.get();
    CURRENT.set(new RenderDeadline(millis * 1_000_000L));
    return before;
  }

  /** Puts back the limit {@link #start} replaced. */
  static void restore(RenderDeadline before) {
    if (before == null) {
      CURRENT.remove();
    } else {
      CURRENT.set(before);
    }
  }

  /** This thread's limit, or null outside {@link LiquidRenderer#limited}. */
  static RenderDeadline current() {
    return CURRENT.get();
  }

  /** Calls of {@link #check} so far. */
  private int checks;

  /**
   * Throws when the limit has been reached. The clock is read on every 8th call only (reading it
   * costs ~40 ns on a virtual machine, and an email makes ~250 calls, each a few microseconds of
   * rendering apart), so a render stops at most 8 calls past its limit.
   */
  void check() {
    if ((++checks & 7) != 1) {
      return;
    }
    long now = System.nanoTime();
    if (now - wall < 0) {
      return;
    }
    if (!CPU_TIME) {
      throw new Exceeded();
    }
    long left = cpu - THREADS.getCurrentThreadCpuTime();
    if (left <= 0) {
      throw new Exceeded();
    }
    wall = now + left; // the CPU clock cannot reach the limit before then
  }

  /** The render went past its limit. */
  static final class Exceeded extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Exceeded() {
      super("the render took longer than its limit", null, false, false);
    }
  }
}
