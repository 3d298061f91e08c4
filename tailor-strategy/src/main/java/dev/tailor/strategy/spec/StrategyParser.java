package dev.tailor.strategy.spec;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.tailor.core.ErrorCode;
import dev.tailor.reco.Algorithms;
import dev.tailor.strategy.StrategyException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a strategy file. Everything is checked before anything runs: unknown keys, unknown
 * algorithms, impossible rules and slot counts out of range are refused with file, line and key.
 */
public final class StrategyParser {
  public static final int MIN_SLOTS = 3;
  public static final int MAX_SLOTS = 6;
  public static final int MAX_CONTENT = 4;
  public static final int MAX_ITEMS_PER_SLOT = 20;

  /** Algorithms whose models answer "related to this product" (needed by seeded sources). */
  public static final Set<String> RELATED_ALGORITHMS = Set.of("itemknn", "copurchase", "content");

  /** Placeholders a label may use. */
  public static final Set<String> PLACEHOLDERS =
      Set.of("seed.title", "seed.category", "category", "customer.first_name");

  private static final Set<String> TOP =
      Set.of("name", "goal", "diversity", "rules", "fallbacks", "slots", "content");
  private static final Set<String> SLOT =
      Set.of("label", "fallback_label", "count", "source", "rules", "fallbacks", "exploration");
  private static final Set<String> SOURCE_KEYS =
      Set.of("algorithm", "seed", "scope", "curated", "arms", "method", "rate");
  private static final Map<String, String> ALIASES = Map.of("bestsellers", "popular");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([^}]*?)\\s*}}");

  private final Values v;
  private final RuleParser rules;

  private StrategyParser(String file) {
    this.v = new Values(file);
    this.rules = new RuleParser(v);
  }

  /** Parses a strategy file. */
  public static StrategySpec parse(Path file) {
    try {
      return parse(Files.readString(file), file.toString());
    } catch (IOException e) {
      throw new StrategyException(ErrorCode.BAD_INPUT, "cannot read strategy " + file + ": " + e);
    }
  }

  /** Parses strategy text; {@code file} names it in error messages. */
  public static StrategySpec parse(String yaml, String file) {
    YamlNode root;
    try (JsonParser p = new YAMLFactory().createParser(yaml)) {
      if (p.nextToken() == null) {
        throw StrategyException.at(file, 1, "(top level)", "the strategy is empty");
      }
      root = YamlNode.read(p, "");
    } catch (YamlNode.DuplicateKey e) {
      throw StrategyException.at(file, e.line, e.key, "key given twice");
    } catch (JsonProcessingException e) {
      int line = e.getLocation() == null ? 1 : e.getLocation().getLineNr();
      throw StrategyException.at(file, line, "(syntax)", e.getOriginalMessage());
    } catch (IOException e) {
      throw new StrategyException(ErrorCode.BAD_INPUT, "cannot read strategy " + file + ": " + e);
    }
    return new StrategyParser(file).strategy(root);
  }

  private StrategySpec strategy(YamlNode n) {
    YamlNode m = v.map(n, TOP);
    String name = v.text(m, "name").orElseThrow(() -> v.error(m, "needs a name"));
    Goal goal = v.find(m, "goal").map(g -> v.choice(g, Goal.class)).orElse(Goal.CLICKS);
    DiversitySpec diversity =
        v.find(m, "diversity").map(this::diversity).orElse(DiversitySpec.DEFAULT);
    RuleSpec global = v.find(m, "rules").map(rules::parse).orElse(RuleSpec.NONE);
    List<FallbackSpec> fallbacks = v.find(m, "fallbacks").map(this::fallbacks).orElse(List.of());
    YamlNode slotsNode = v.find(m, "slots").orElseThrow(() -> v.error(m, "needs slots"));
    List<SlotSpec> slots = new ArrayList<>();
    Ctx ctx = new Ctx(global, fallbacks);
    for (YamlNode s : v.map(slotsNode, slotsNode.fields.keySet()).fields.values()) {
      slots.add(slot(s, SlotKind.PRODUCT, ctx));
    }
    if (slots.size() < MIN_SLOTS || slots.size() > MAX_SLOTS) {
      throw v.error(
          slotsNode,
          "a strategy has "
              + MIN_SLOTS
              + " to "
              + MAX_SLOTS
              + " product slots, got "
              + slots.size());
    }
    Optional<YamlNode> content = v.find(m, "content");
    if (content.isPresent()) {
      YamlNode c =
          v.map(content.get(), content.get().isMap() ? content.get().fields.keySet() : Set.of());
      if (c.fields.size() > MAX_CONTENT) {
        throw v.error(c, "at most " + MAX_CONTENT + " content blocks, got " + c.fields.size());
      }
      for (YamlNode s : c.fields.values()) {
        slots.add(slot(s, SlotKind.CONTENT, ctx));
      }
    }
    return new StrategySpec(name, goal, diversity, slots);
  }

  private record Ctx(RuleSpec rules, List<FallbackSpec> fallbacks) {}

  private SlotSpec slot(YamlNode n, SlotKind kind, Ctx ctx) {
    Set<String> keys = new java.util.HashSet<>(SLOT);
    if (kind == SlotKind.CONTENT) {
      keys.add("type");
    }
    YamlNode m = v.map(n, keys);
    String id = n.key.substring(n.key.indexOf('.') + 1);
    YamlNode countNode = v.find(m, "count").orElseThrow(() -> v.error(m, "needs a count"));
    int count = v.integer(countNode, 1, MAX_ITEMS_PER_SLOT);
    String label = v.text(m, "label").orElse("");
    v.find(m, "label").ifPresent(this::checkLabel);
    String fallbackLabel = v.text(m, "fallback_label").orElse("Popular right now");
    String type = kind == SlotKind.CONTENT ? v.text(m, "type").orElse("article") : "product";
    Sourced source = source(v.find(m, "source").orElseThrow(() -> v.error(m, "needs a source")));
    RuleSpec slotRules = v.find(m, "rules").map(rules::parse).orElse(RuleSpec.NONE).over(ctx.rules);
    List<FallbackSpec> fallbacks =
        new ArrayList<>(v.find(m, "fallbacks").map(this::fallbacks).orElse(List.of()));
    fallbacks.addAll(ctx.fallbacks);
    ExplorationSpec exploration =
        v.find(m, "exploration").map(this::exploration).orElse(ExplorationSpec.NONE);
    return new SlotSpec(
        id,
        kind,
        type,
        label,
        fallbackLabel,
        count,
        source.source(),
        slotRules,
        fallbacks,
        exploration,
        source.arms());
  }

  private void checkLabel(YamlNode n) {
    Matcher matcher = PLACEHOLDER.matcher(v.text(n));
    while (matcher.find()) {
      if (!PLACEHOLDERS.contains(matcher.group(1))) {
        throw v.error(
            n,
            "unknown placeholder {{ "
                + matcher.group(1)
                + " }}; known: "
                + String.join(", ", PLACEHOLDERS.stream().sorted().toList()));
      }
    }
  }

  /** A slot's source: one, or the first of its arms. */
  private record Sourced(SourceSpec source, ArmsSpec arms) {}

  private Sourced source(YamlNode n) {
    YamlNode m = v.map(n, SOURCE_KEYS);
    Optional<YamlNode> arms = v.find(m, "arms");
    if (arms.isEmpty()) {
      for (String k : List.of("method", "rate")) {
        if (m.fields.containsKey(k)) {
          throw v.error(m.fields.get(k), "only a source with arms chooses by method and rate");
        }
      }
      return new Sourced(single(m), ArmsSpec.NONE);
    }
    for (String k : List.of("algorithm", "seed", "scope", "curated")) {
      if (m.fields.containsKey(k)) {
        throw v.error(
            m.fields.get(k),
            "a source with arms gives each arm its own algorithm, seed and scope inside arms");
      }
    }
    ArmsSpec spec = new ArmsParser(v, this::arm).parse(m, arms.get());
    return new Sourced(spec.arms().get(0), spec);
  }

  /** One arm: an algorithm name (or bestsellers), or a mapping like a source's. */
  private SourceSpec arm(YamlNode i) {
    if (i.isMap()) {
      return single(v.map(i, Set.of("algorithm", "seed", "scope", "curated")));
    }
    String alias = ALIASES.get(v.text(i).toLowerCase(java.util.Locale.ROOT));
    return SourceSpec.model(alias != null ? alias : algorithm(i));
  }

  private SourceSpec single(YamlNode m) {
    Optional<YamlNode> curated = v.find(m, "curated");
    Optional<YamlNode> alg = v.find(m, "algorithm");
    if (curated.isPresent() == alg.isPresent()) {
      throw v.error(m, "a source has either an algorithm or a curated list");
    }
    if (curated.isPresent()) {
      return SourceSpec.curated(v.strings(curated.get()));
    }
    String algorithm = algorithm(alg.get());
    Seed seed = v.find(m, "seed").map(s -> v.choice(s, Seed.class)).orElse(Seed.NONE);
    if (seed != Seed.NONE
        && seed != Seed.PREFERRED_CATEGORY
        && !RELATED_ALGORITHMS.contains(algorithm)) {
      throw v.error(
          m.fields.get("seed"),
          "seed "
              + v.text(m.fields.get("seed"))
              + " needs an algorithm that relates products: "
              + String.join(", ", RELATED_ALGORITHMS.stream().sorted().toList()));
    }
    Scope scope = v.find(m, "scope").map(s -> v.choice(s, Scope.class)).orElse(Scope.ANY);
    return new SourceSpec(Optional.of(algorithm), seed, scope, List.of());
  }

  private String algorithm(YamlNode n) {
    String a = v.text(n).toLowerCase(java.util.Locale.ROOT);
    if (!Algorithms.isKnown(a)) {
      throw v.error(
          n, "unknown algorithm '" + n.text + "'; known: " + String.join(", ", Algorithms.names()));
    }
    return a;
  }

  private List<FallbackSpec> fallbacks(YamlNode n) {
    if (!n.isList()) {
      throw v.error(n, "expected a list, e.g. [trending, bestsellers, {curated: [p1, p2]}]");
    }
    List<FallbackSpec> out = new ArrayList<>();
    for (YamlNode i : n.items) {
      if (i.isMap()) {
        YamlNode m = v.map(i, Set.of("curated"));
        out.add(
            new FallbackSpec("curated", SourceSpec.curated(v.strings(m.fields.get("curated")))));
        continue;
      }
      String name = v.text(i).toLowerCase(java.util.Locale.ROOT);
      Map<String, String> aliases = ALIASES;
      if (!aliases.containsKey(name) && !Algorithms.isKnown(name)) {
        throw v.error(
            i,
            "unknown fallback '"
                + i.text
                + "'; use bestsellers, an algorithm ("
                + String.join(", ", Algorithms.names())
                + ") or {curated: [ids]}");
      }
      out.add(new FallbackSpec(name, SourceSpec.model(aliases.getOrDefault(name, name))));
    }
    return out;
  }

  private DiversitySpec diversity(YamlNode n) {
    YamlNode m = v.map(n, Set.of("lambda", "threshold"));
    return new DiversitySpec(
        v.number(m, "lambda", 0, 1).orElse(DiversitySpec.DEFAULT.lambda()),
        v.number(m, "threshold", 0.01, 1).orElse(DiversitySpec.DEFAULT.threshold()));
  }

  private ExplorationSpec exploration(YamlNode n) {
    YamlNode m = v.map(n, Set.of("rate", "method", "pool"));
    return new ExplorationSpec(
        v.number(m, "rate", 0, 1).orElse(0.1),
        v.find(m, "method")
            .map(x -> v.choice(x, ExplorationSpec.Method.class))
            .orElse(ExplorationSpec.Method.EPSILON_GREEDY),
        v.integer(m, "pool", 1, 1000).orElse(20));
  }
}
