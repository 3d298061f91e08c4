package dev.tailor.strategy.spec;

import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads a {@code rules:} mapping; refuses unknown keys and impossible rules (min > max). */
final class RuleParser {
  static final Set<String> KEYS =
      Set.of(
          "min_inventory",
          "min_margin",
          "price",
          "exclude_purchased",
          "exclude_emailed",
          "include_categories",
          "exclude_categories",
          "include_brands",
          "exclude_brands",
          "include_tags",
          "exclude_tags",
          "seasonal",
          "max_per_brand",
          "max_per_category",
          "boosts");

  private final Values v;

  RuleParser(Values v) {
    this.v = v;
  }

  RuleSpec parse(YamlNode n) {
    YamlNode m = v.map(n, KEYS);
    return new RuleSpec(
        v.integer(m, "min_inventory", 0, Integer.MAX_VALUE),
        v.number(m, "min_margin", 0, 1),
        v.find(m, "price").map(this::price),
        v.find(m, "exclude_purchased").flatMap(v::window),
        v.find(m, "exclude_emailed").flatMap(v::window),
        v.strings(m, "include_categories"),
        v.strings(m, "exclude_categories"),
        v.strings(m, "include_brands"),
        v.strings(m, "exclude_brands"),
        v.strings(m, "include_tags"),
        v.strings(m, "exclude_tags"),
        v.find(m, "seasonal").map(this::seasonal),
        v.integer(m, "max_per_brand", 1, 1000),
        v.integer(m, "max_per_category", 1, 1000),
        v.find(m, "boosts").map(this::boosts));
  }

  private PriceBand price(YamlNode n) {
    YamlNode m = v.map(n, Set.of("within_aov", "min", "max", "default"));
    Optional<Double> tol = v.number(m, "within_aov", 0, 0.99);
    Optional<Double> min = v.number(m, "min", 0, Double.MAX_VALUE);
    Optional<Double> max = v.number(m, "max", 0, Double.MAX_VALUE);
    if (min.isPresent() && max.isPresent() && min.get() > max.get()) {
      throw v.error(
          m.fields.get("max"), "impossible rule: min " + min.get() + " > max " + max.get());
    }
    Optional<Double> dmin = Optional.empty();
    Optional<Double> dmax = Optional.empty();
    Optional<YamlNode> d = v.find(m, "default");
    if (d.isPresent()) {
      YamlNode dm = v.map(d.get(), Set.of("min", "max"));
      dmin = v.number(dm, "min", 0, Double.MAX_VALUE);
      dmax = v.number(dm, "max", 0, Double.MAX_VALUE);
      if (dmin.isPresent() && dmax.isPresent() && dmin.get() > dmax.get()) {
        throw v.error(
            dm.fields.get("max"), "impossible rule: min " + dmin.get() + " > max " + dmax.get());
      }
    }
    return new PriceBand(tol, min, max, dmin, dmax);
  }

  private List<SeasonalRule> seasonal(YamlNode n) {
    if (!n.isList()) {
      throw v.error(n, "expected a list of {from, to, categories, tags}");
    }
    List<SeasonalRule> out = new ArrayList<>();
    for (YamlNode i : n.items) {
      YamlNode m = v.map(i, Set.of("from", "to", "categories", "tags"));
      out.add(
          new SeasonalRule(
              day(v.find(m, "from").orElseThrow(() -> v.error(m, "needs from (MM-DD)"))),
              day(v.find(m, "to").orElseThrow(() -> v.error(m, "needs to (MM-DD)"))),
              v.strings(m, "categories").orElse(List.of()),
              v.strings(m, "tags").orElse(List.of())));
    }
    return out;
  }

  private MonthDay day(YamlNode n) {
    try {
      return MonthDay.parse("--" + v.text(n));
    } catch (DateTimeParseException e) {
      throw v.error(n, "expected a day as MM-DD, got '" + n.text + "'");
    }
  }

  private BoostSpec boosts(YamlNode n) {
    YamlNode m = v.map(n, Set.of("margin", "new_arrivals", "promoted"));
    double margin = v.number(m, "margin", 0, 100).orElse(0.0);
    int days = 0;
    double newWeight = 0;
    Optional<YamlNode> na = v.find(m, "new_arrivals");
    if (na.isPresent()) {
      YamlNode nm = v.map(na.get(), Set.of("days", "weight"));
      days = v.integer(nm, "days", 1, 3650).orElse(30);
      newWeight = v.number(nm, "weight", 0, 100).orElse(0.2);
    }
    List<String> tags = List.of();
    double promoted = 0;
    Optional<YamlNode> pr = v.find(m, "promoted");
    if (pr.isPresent()) {
      YamlNode pm = v.map(pr.get(), Set.of("tags", "weight"));
      tags = v.strings(pm, "tags").orElseThrow(() -> v.error(pm, "needs tags"));
      promoted = v.number(pm, "weight", 0, 100).orElse(0.3);
    }
    return new BoostSpec(margin, days, newWeight, tags, promoted);
  }
}
