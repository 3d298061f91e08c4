package dev.tailor.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tailor.app.config.ConfigLoader;
import dev.tailor.app.config.TailorConfig;
import dev.tailor.core.ErrorCode;
import dev.tailor.core.TailorException;
import dev.tailor.insights.report.WinnerMetric;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {
  @TempDir Path dir;

  @Test
  void theShippedExampleParsesToTheDefaults() {
    Path example = Path.of(System.getProperty("tailor.repo", "..")).resolve("examples/tailor.yaml");
    assertThat(example).exists();

    TailorConfig loaded = new ConfigLoader(Map.of()).load(Optional.of(example));

    assertThat(loaded).isEqualTo(TailorConfig.defaults());
  }

  @Test
  void environmentOverridesTheFileAndTheFileOverridesDefaults() throws IOException {
    Path file = write("tailor:\n  import:\n    batch-size: 100\n    rejects-shown: 3\n");

    TailorConfig c =
        new ConfigLoader(Map.of("TAILOR_IMPORT_BATCH_SIZE", "250")).load(Optional.of(file));

    assertThat(c.importing().batchSize()).isEqualTo(250);
    assertThat(c.importing().rejectsShown()).isEqualTo(3);
  }

  @Test
  void dbUrlComesFromEitherEnvironmentName() {
    assertThat(
            new ConfigLoader(Map.of("TAILOR_DB_URL", "jdbc:postgresql://h/db"))
                .load(Optional.empty())
                .store()
                .url())
        .isEqualTo("jdbc:postgresql://h/db");
    assertThat(
            new ConfigLoader(Map.of("TAILOR_STORE_URL", "jdbc:sqlite:/tmp/x.db"))
                .load(Optional.empty())
                .store()
                .url())
        .isEqualTo("jdbc:sqlite:/tmp/x.db");
  }

  @Test
  void anUnknownKeyIsRejectedWithItsNameAndFile() throws IOException {
    Path file = write("tailor:\n  import:\n    batchsize: 100\n");

    assertThatThrownBy(() -> new ConfigLoader(Map.of()).load(Optional.of(file)))
        .isInstanceOf(TailorException.class)
        .hasMessageContaining("'tailor.import.batchsize'")
        .hasMessageContaining(file.toString())
        .extracting(e -> ((TailorException) e).code())
        .isEqualTo(ErrorCode.CONFIG);
  }

  @Test
  void aBadValueNamesTheKeyAndWhereItCameFrom() {
    assertThatThrownBy(
            () ->
                new ConfigLoader(Map.of("TAILOR_DATA_CHECK_MIN_DAYS", "ninety"))
                    .load(Optional.empty()))
        .hasMessage(
            "tailor.data-check.min-days must be a whole number, not 'ninety' (from environment"
                + " variable TAILOR_DATA_CHECK_MIN_DAYS)");
  }

  @Test
  void anOutOfRangeValueFailsInTheRecordThatOwnsIt() {
    assertThatThrownBy(
            () -> new ConfigLoader(Map.of("TAILOR_IMPORT_BATCH_SIZE", "0")).load(Optional.empty()))
        .hasMessageContaining("tailor.import.batch-size must be between 1 and 100000");
    assertThatThrownBy(
            () -> new ConfigLoader(Map.of("TAILOR_STORE_URL", "mysql://x")).load(Optional.empty()))
        .hasMessageContaining("tailor.store.url must start with jdbc:sqlite: or jdbc:postgresql:");
  }

  @Test
  void passwordsNeverAppearInUrlMessages() {
    assertThatThrownBy(
            () ->
                new ConfigLoader(Map.of("TAILOR_DB_URL", "mysql://u:secret@h/db?password=secret"))
                    .load(Optional.empty()))
        .message()
        .doesNotContain("secret");
  }

  @Test
  void insightsSettingsComeFromTheFileAndTheEnvironment() throws IOException {
    Path file =
        write(
            "tailor:\n  attribution:\n    click-window: 3d\n  report:\n    alpha: 0.01\n"
                + "    metric: revenue\n  alerts:\n    threshold: 2.5\n"
                + "    webhook-url: https://hooks.example.com/tailor\n");

    TailorConfig c =
        new ConfigLoader(Map.of("TAILOR_REPORT_MIN_IMPRESSIONS", "25")).load(Optional.of(file));

    assertThat(c.insights().report().attribution().clickWindow()).isEqualTo(Duration.ofDays(3));
    assertThat(c.insights().report().attribution().openWindow()).isEqualTo(Duration.ofDays(1));
    assertThat(c.insights().report().alpha()).isEqualTo(0.01);
    assertThat(c.insights().report().metric()).isEqualTo(WinnerMetric.REVENUE);
    assertThat(c.insights().report().minImpressions()).isEqualTo(25);
    assertThat(c.insights().alerts().threshold()).isEqualTo(2.5);
    assertThat(c.insights().webhookUrl()).contains(URI.create("https://hooks.example.com/tailor"));
    assertThat(c.insights().webhookSecretEnv()).isEmpty();
  }

  @Test
  void badInsightsSettingsNameTheirKey() {
    assertThatThrownBy(
            () -> new ConfigLoader(Map.of("TAILOR_REPORT_ALPHA", "1.5")).load(Optional.empty()))
        .hasMessageContaining("tailor.report.alpha");
    assertThatThrownBy(
            () -> new ConfigLoader(Map.of("TAILOR_REPORT_METRIC", "opens")).load(Optional.empty()))
        .hasMessageContaining("tailor.report.metric");
    assertThatThrownBy(
            () ->
                new ConfigLoader(Map.of("TAILOR_ATTRIBUTION_OPEN_WINDOW", "soon"))
                    .load(Optional.empty()))
        .hasMessageContaining("tailor.attribution.open-window");
    assertThatThrownBy(
            () ->
                new ConfigLoader(Map.of("TAILOR_ALERTS_WEBHOOK_URL", "ftp://x.example/h"))
                    .load(Optional.empty()))
        .hasMessageContaining("tailor.alerts.webhook-url");
    assertThatThrownBy(
            () ->
                new ConfigLoader(Map.of("TAILOR_ALERTS_MIN_HISTORY", "three"))
                    .load(Optional.empty()))
        .hasMessage(
            "tailor.alerts.min-history must be a whole number, not 'three' (from environment"
                + " variable TAILOR_ALERTS_MIN_HISTORY)");
  }

  private Path write(String yaml) throws IOException {
    Path f = dir.resolve("tailor.yaml");
    Files.writeString(f, yaml);
    return f;
  }
}
