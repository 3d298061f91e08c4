package dev.tailor.strategy.decide;

import dev.tailor.strategy.rules.Rejection;
import dev.tailor.strategy.source.Proposal;
import java.util.Map;
import java.util.Optional;

/**
 * Why a slot is short: {@code CODE: only k of n items; source: ...; rejected: ...}, where {@code
 * CODE} is the most frequent rejection, or why the source had nothing.
 */
final class Shortfall {
  private Shortfall() {}

  static String describe(
      int requested, int have, Proposal first, Map<Rejection, Integer> rejected) {
    Optional<Map.Entry<Rejection, Integer>> top =
        rejected.entrySet().stream().max(Map.Entry.comparingByValue());
    String code =
        top.map(e -> e.getKey().code()).orElse(first.emptyReason().orElse("no_candidates"));
    StringBuilder s =
        new StringBuilder(code)
            .append(": only ")
            .append(have)
            .append(" of ")
            .append(requested)
            .append(" items");
    first.emptyReason().ifPresent(r -> s.append("; source: ").append(r));
    if (!rejected.isEmpty()) {
      s.append("; rejected:");
      rejected.forEach((k, v) -> s.append(' ').append(k.code()).append(' ').append(v));
    }
    s.append("; fallbacks exhausted");
    return s.toString();
  }
}
