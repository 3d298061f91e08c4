package dev.tailor.app.cli;

import java.io.PrintStream;
import java.util.Locale;

/**
 * A one-line progress bar on stderr, drawn only when stdout is a terminal; otherwise silent, so
 * scripts and logs stay clean.
 */
public final class ProgressBar implements AutoCloseable {
  private static final int WIDTH = 30;
  private static final long MIN_REDRAW_NANOS = 100_000_000L;

  private final PrintStream err;
  private final String label;
  private final boolean enabled;
  private long lastDraw;
  private boolean drawn;

  ProgressBar(PrintStream err, String label, boolean enabled) {
    this.err = err;
    this.label = label;
    this.enabled = enabled;
  }

  /** Reports {@code done} of {@code total} units ({@code total <= 0} when unknown). */
  public void update(long done, long total, String unit) {
    double share = total > 0 ? Math.min(1, (double) done / total) : -1;
    show(share, String.format(Locale.ROOT, "%,d %s", done, unit), done >= total && total > 0);
  }

  /**
   * Shows {@code share} (0..1, negative when unknown) with a detail text such as "12,000 rows of
   * events.csv".
   */
  public void show(double share, String detail, boolean finished) {
    if (!enabled) {
      return;
    }
    long now = System.nanoTime();
    if (drawn && now - lastDraw < MIN_REDRAW_NANOS && !finished) {
      return;
    }
    lastDraw = now;
    drawn = true;
    String text;
    if (share >= 0) {
      int filled = (int) Math.round(share * WIDTH);
      text =
          String.format(
              Locale.ROOT,
              "\r%s [%s%s] %3.0f%% %s\033[K",
              label,
              "#".repeat(filled),
              " ".repeat(WIDTH - filled),
              share * 100,
              detail);
    } else {
      text = String.format(Locale.ROOT, "\r%s %s\033[K", label, detail);
    }
    err.print(text);
    err.flush();
  }

  @Override
  public void close() {
    if (enabled && drawn) {
      err.print("\r\033[K");
      err.flush();
    }
  }
}
