package dev.tailor.ingest.mapping;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A mapping rule: when the condition holds, skip the row with a reason, or set output fields.
 *
 * @param when the condition
 * @param skip the reason to skip the row with, if the rule skips
 * @param set the output fields to set, by name, if the rule sets
 */
record Rule(Condition when, Optional<String> skip, Map<String, ValueSpec> set) {
  Rule {
    set = Collections.unmodifiableMap(new LinkedHashMap<>(set));
  }
}
