package dev.tailor.strategy.spec;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads the arms of a source and how the slot chooses among them ({@code method}, {@code rate}).
 */
final class ArmsParser {
  private final Values v;
  private final Function<YamlNode, SourceSpec> arm;

  /**
   * @param arm reads one arm (an algorithm name or a source mapping), refusing what a source
   *     refuses
   */
  ArmsParser(Values v, Function<YamlNode, SourceSpec> arm) {
    this.v = v;
    this.arm = arm;
  }

  /** The arms of source mapping {@code m}, whose {@code arms} key is {@code list}. */
  ArmsSpec parse(YamlNode m, YamlNode list) {
    if (!list.isList() || list.items.size() < 2 || list.items.size() > ArmsSpec.MAX_ARMS) {
      throw v.error(
          list,
          "expected a list of 2 to "
              + ArmsSpec.MAX_ARMS
              + " arms, e.g. [als, {algorithm: itemknn, seed: last_purchase}, trending]"
              + (list.isList() ? ", got " + list.items.size() : ""));
    }
    List<SourceSpec> out = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (YamlNode i : list.items) {
      SourceSpec a = arm.apply(i);
      if (!names.add(ArmsSpec.name(a))) {
        throw v.error(
            i,
            "a second arm of "
                + ArmsSpec.name(a)
                + ": clicks are counted per algorithm, so each arm needs its own");
      }
      out.add(a);
    }
    ExplorationSpec.Method method =
        v.find(m, "method")
            .map(x -> v.choice(x, ExplorationSpec.Method.class))
            .orElse(ExplorationSpec.Method.EPSILON_GREEDY);
    if (method == ExplorationSpec.Method.THOMPSON && m.fields.containsKey("rate")) {
      throw v.error(
          m.fields.get("rate"),
          "rate is for epsilon_greedy; thompson draws an arm for every decision");
    }
    double rate =
        method == ExplorationSpec.Method.THOMPSON ? 1 : v.number(m, "rate", 0, 1).orElse(0.1);
    return new ArmsSpec(out, method, rate);
  }
}
