package dev.tailor.insights.alerts;

/**
 * Where alerts go: the log ({@link LogAlertSink}), a webhook or the dashboard. A sink may fail by
 * throwing; {@link FanOutAlertSink} keeps one failing sink from silencing the others.
 */
public interface AlertSink {
  /** Delivers one alert. */
  void deliver(Alert alert);
}
