package dev.tailor.web;

import dev.tailor.web.api.Recommendation;
import dev.tailor.web.dashboard.CampaignDesk;
import dev.tailor.web.dashboard.DashboardBackend;
import dev.tailor.web.dashboard.DataHealth;
import dev.tailor.web.dashboard.ModelRow;
import java.util.List;
import java.util.Optional;

/** A dashboard backend with nothing in it but, optionally, a campaign desk. */
final class FakeDashboard implements DashboardBackend {
  private final Optional<CampaignDesk> desk;

  FakeDashboard() {
    this(Optional.empty());
  }

  FakeDashboard(Optional<CampaignDesk> desk) {
    this.desk = desk;
  }

  @Override
  public DataHealth dataHealth() {
    return new DataHealth(List.of(), List.of(), List.of());
  }

  @Override
  public List<ModelRow> models() {
    return List.of();
  }

  @Override
  public List<String> algorithms() {
    return List.of();
  }

  @Override
  public String train(String algorithm) {
    return "";
  }

  @Override
  public List<String> strategies() {
    return List.of();
  }

  @Override
  public String strategyText(String name) {
    return "";
  }

  @Override
  public List<String> validateStrategy(String yaml) {
    return List.of();
  }

  @Override
  public void saveStrategy(String name, String yaml) {}

  @Override
  public Recommendation previewStrategy(String yaml, String customerId, int n) {
    return new Recommendation(
        customerId, Optional.empty(), List.of(), Optional.empty(), List.of(), List.of());
  }

  @Override
  public List<String> templates() {
    return List.of();
  }

  @Override
  public String previewEmail(String template, String customerId, Optional<String> strategy) {
    return "";
  }

  @Override
  public List<String> sampleCustomers(int n) {
    return List.of();
  }

  @Override
  public Optional<CampaignDesk> campaigns() {
    return desk;
  }
}
