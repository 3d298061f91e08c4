package dev.tailor.insights.alerts;

import java.lang.System.Logger.Level;
import java.util.List;

/** Delivers each alert to every sink; a sink that throws is logged and the rest still get it. */
public final class FanOutAlertSink implements AlertSink {
  private static final System.Logger LOG = System.getLogger("dev.tailor.alerts");
  private final List<AlertSink> sinks;

  public FanOutAlertSink(List<AlertSink> sinks) {
    this.sinks = List.copyOf(sinks);
  }

  @Override
  public void deliver(Alert alert) {
    for (AlertSink s : sinks) {
      try {
        s.deliver(alert);
      } catch (RuntimeException e) {
        LOG.log(Level.ERROR, "alert sink " + s.getClass().getSimpleName() + " failed", e);
      }
    }
  }
}
