package dev.tailor.insights.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

class AlertSinkTest {
  private final Alert alert =
      new Alert("ctr-drop", Severity.CRITICAL, "spring", "click rate\nfell", Instant.EPOCH);

  @Test
  void aFailingSinkDoesNotSilenceTheOthers() {
    List<Alert> got = new ArrayList<>();
    AlertSink broken =
        a -> {
          throw new IllegalStateException("webhook down");
        };
    new FanOutAlertSink(List.of(broken, got::add)).deliver(alert);
    assertThat(got).containsExactly(alert);
  }

  @Test
  void theLogSinkWritesOneLineAtErrorForCriticalAlerts() {
    List<String> lines = new ArrayList<>();
    System.Logger logger =
        new System.Logger() {
          @Override
          public String getName() {
            return "test";
          }

          @Override
          public boolean isLoggable(Level level) {
            return true;
          }

          @Override
          public void log(Level level, ResourceBundle bundle, String msg, Throwable thrown) {
            lines.add(level + " " + msg);
          }

          @Override
          public void log(Level level, ResourceBundle bundle, String format, Object... params) {
            lines.add(level + " " + java.text.MessageFormat.format(format, params));
          }
        };
    new LogAlertSink(logger).deliver(alert);
    assertThat(lines).containsExactly("ERROR [ctr-drop] campaign spring: click rate fell");
  }
}
