package dev.tailor.campaign;

import dev.tailor.campaign.pipeline.CampaignSetup;
import dev.tailor.campaign.pipeline.SentDecisions;
import dev.tailor.campaign.pipeline.TemplateComposer;
import dev.tailor.campaign.spec.CampaignFiles;
import dev.tailor.campaign.spec.CampaignParser;
import dev.tailor.campaign.spec.CampaignSpec;
import dev.tailor.core.campaign.Variant;
import dev.tailor.core.catalog.Product;
import dev.tailor.core.customer.Customer;
import dev.tailor.core.store.Store;
import dev.tailor.reco.data.WeightScheme;
import dev.tailor.render.EmailRenderer;
import dev.tailor.render.model.RenderConfig;
import dev.tailor.strategy.decide.DecisionEngine;
import dev.tailor.strategy.source.ModelSet;
import dev.tailor.testkit.Fixtures;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small shop for campaign tests: 30 products, customers {@code c0000..}, two curated strategies
 * (so no model is needed) and a campaign file written into a folder.
 */
public final class TestShop {
  public static final RenderConfig RENDER =
      RenderConfig.of(
          "https://t.shop.example", "test-signing-key-0123456789", "news@shop.example", "1 Road");

  private TestShop() {}

  /** Products P01..P30 and {@code customers} subscribed customers c0000.. with emails. */
  public static void fill(Store store, int customers) {
    List<Product> products = new ArrayList<>();
    for (int i = 1; i <= 30; i++) {
      products.add(Fixtures.productBuilder(String.format("P%02d", i)).brand("B" + i).build());
    }
    store.products().upsertAll(products);
    List<Customer> batch = new ArrayList<>();
    for (int i = 0; i < customers; i++) {
      batch.add(Fixtures.customer(String.format("c%04d", i)));
      if (batch.size() == 1_000) {
        store.customers().upsertAll(batch);
        batch.clear();
      }
    }
    store.customers().upsertAll(batch);
  }

  /** Writes two curated strategies and a campaign file with {@code body} appended; returns it. */
  public static Path campaignFile(Path dir, String body) {
    try {
      Files.createDirectories(dir);
      Files.writeString(dir.resolve("ai.yaml"), strategy("ai-curated", "P01, P02, P03, P04"));
      Files.writeString(dir.resolve("rules.yaml"), strategy("rules-curated", "P10, P11, P12, P13"));
      Path file = dir.resolve("campaign.yaml");
      Files.writeString(file, body);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A campaign body with two variants over the curated strategies. */
  public static String twoVariants(String key, String extra) {
    return "key: "
        + key
        + "\n"
        + "variants:\n"
        + "  - {name: ai, weight: 0.5, strategy: ai.yaml, template: weekly-picks,"
        + " subjects: [\"A {{ customer.first_name }}\", \"B\"]}\n"
        + "  - {name: rules, weight: 0.5, strategy: rules.yaml, template: weekly-picks}\n"
        + extra;
  }

  private static String strategy(String name, String ids) {
    return "name: "
        + name
        + "\nslots:\n"
        + "  first: {count: 2, label: First, source: {curated: ["
        + ids
        + "]}}\n"
        + "  second: {count: 1, label: Second, source: {curated: [P20, P21]}}\n"
        + "  third: {count: 1, label: Third, source: {curated: [P22, P23]}}\n";
  }

  /**
   * Parses the file and builds engines over the store's catalog, rendering with {@link #RENDER}.
   */
  public static CampaignSetup setup(Path file, Store store, Clock clock) {
    CampaignSpec spec = CampaignParser.parse(file);
    CampaignFiles files = CampaignFiles.load(spec);
    Map<String, Product> catalog = new HashMap<>();
    store.products().forEach(p -> catalog.put(p.id(), p));
    Map<String, DecisionEngine> engines = new LinkedHashMap<>();
    SentDecisions sent = new SentDecisions(store.messages());
    for (Variant v : files.arms()) {
      engines.put(
          v.name(),
          new DecisionEngine(
              files.strategies().get(v.name()),
              ModelSet.of(Map.of(), WeightScheme.DEFAULTS, clock.instant()),
              catalog,
              new DecisionEngine.Settings(
                  clock, sent, dev.tailor.strategy.explore.ClickFeedback.NONE, 0)));
    }
    TemplateComposer composer =
        new TemplateComposer(new EmailRenderer(RENDER), files.templates(), files.arms(), catalog);
    return new CampaignSetup(spec, files, engines, composer, java.util.Optional.of(sent));
  }
}
