package dev.tailor.campaign.spec;

import dev.tailor.core.ErrorCode;
import dev.tailor.core.TailorException;
import dev.tailor.core.campaign.Variant;
import dev.tailor.render.gallery.StarterGallery;
import dev.tailor.render.template.TemplateSource;
import dev.tailor.strategy.spec.StrategyParser;
import dev.tailor.strategy.spec.StrategySpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The strategies and templates a campaign names, loaded and checked before anything is planned: a
 * missing or invalid one is refused naming the variant's key path.
 *
 * @param strategies by variant name ({@code holdout} for a generic holdout)
 * @param templates by variant name
 * @param arms every variant that sends, with the generic holdout last when there is one
 */
public record CampaignFiles(
    Map<String, StrategySpec> strategies,
    Map<String, TemplateSource> templates,
    List<Variant> arms) {

  public CampaignFiles {
    strategies = Map.copyOf(strategies);
    templates = Map.copyOf(templates);
    arms = List.copyOf(arms);
  }

  /** Loads every strategy and template of {@code spec}. */
  public static CampaignFiles load(CampaignSpec spec) {
    Map<String, StrategySpec> strategies = new LinkedHashMap<>();
    Map<String, TemplateSource> templates = new LinkedHashMap<>();
    List<Variant> arms = new ArrayList<>(spec.variants());
    spec.holdout().generic().ifPresent(arms::add);
    for (int i = 0; i < arms.size(); i++) {
      Variant v = arms.get(i);
      String at = "holdout".equals(v.name()) ? "holdout" : "variants[" + i + "]";
      strategies.put(v.name(), strategy(spec, v.strategy(), at + ".strategy"));
      templates.put(v.name(), template(spec, v.template(), at + ".template"));
    }
    return new CampaignFiles(strategies, templates, arms);
  }

  private static StrategySpec strategy(CampaignSpec spec, String name, String key) {
    Path file = spec.resolve(name);
    if (!Files.isRegularFile(file)) {
      throw new TailorException(
          ErrorCode.BAD_INPUT, key + ": no strategy file " + name + " (looked at " + file + ")");
    }
    try {
      return StrategyParser.parse(file);
    } catch (TailorException e) {
      throw new TailorException(ErrorCode.BAD_INPUT, key + ": " + e.getMessage(), e);
    }
  }

  private static TemplateSource template(CampaignSpec spec, String name, String key) {
    var starter = StarterGallery.find(name);
    if (starter.isPresent()) {
      return starter.get();
    }
    Path file = spec.resolve(name);
    if (!Files.isRegularFile(file)) {
      throw new TailorException(
          ErrorCode.BAD_INPUT,
          key
              + ": unknown template "
              + name
              + ": neither a starter template ("
              + String.join(", ", StarterGallery.NAMES)
              + ") nor a file");
    }
    try {
      return TemplateSource.parse(name, Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new TailorException(ErrorCode.BAD_INPUT, key + ": cannot read " + file + ": " + e);
    } catch (TailorException e) {
      throw new TailorException(ErrorCode.BAD_INPUT, key + ": " + e.getMessage(), e);
    }
  }
}
