package dev.tailor.web.dashboard;

import dev.tailor.web.api.Recommendation;
import java.util.List;
import java.util.Optional;

/**
 * What the dashboard shows and does, implemented by the application over the store, the model
 * snapshots, the strategy files and the templates. Failures are {@code TailorException}s whose
 * message is shown to the user.
 */
public interface DashboardBackend {
  /** The data check, as labelled facts and warnings, plus events per day for the chart. */
  DataHealth dataHealth();

  /** Trained snapshots, newest first. */
  List<ModelRow> models();

  /** The algorithms that can be trained. */
  List<String> algorithms();

  /** Trains {@code algorithm} now from the store and saves a snapshot; returns a summary. */
  String train(String algorithm);

  /** The names of the strategy files (without {@code .yaml}). */
  List<String> strategies();

  /** The YAML of one strategy file. */
  String strategyText(String name);

  /** What is wrong with {@code yaml} as a strategy, empty when it is valid. */
  List<String> validateStrategy(String yaml);

  /** Validates and writes {@code yaml} as strategy {@code name}; throws when it is invalid. */
  void saveStrategy(String name, String yaml);

  /** The decision {@code yaml} makes for {@code customerId} now, without saving it. */
  Recommendation previewStrategy(String yaml, String customerId, int n);

  /** The templates an email can be previewed with. */
  List<String> templates();

  /** The HTML email {@code customerId} would get from {@code template}. */
  String previewEmail(String template, String customerId, Optional<String> strategy);

  /** A few customer ids to offer in pickers. */
  List<String> sampleCustomers(int n);

  /** Planning, running, previewing and reporting campaigns; empty to list stored ones only. */
  default Optional<CampaignDesk> campaigns() {
    return Optional.empty();
  }
}
