package dev.tailor.insights.alerts;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;

/** Writes alerts to the platform logger {@code dev.tailor.alerts}. */
public final class LogAlertSink implements AlertSink {
  private final Logger logger;

  public LogAlertSink() {
    this(System.getLogger("dev.tailor.alerts"));
  }

  public LogAlertSink(Logger logger) {
    this.logger = logger;
  }

  @Override
  public void deliver(Alert a) {
    Level level = a.severity() == Severity.CRITICAL ? Level.ERROR : Level.WARNING;
    logger.log(
        level, "[{0}] campaign {1}: {2}", a.code(), a.campaignId(), a.message().replace('\n', ' '));
  }
}
