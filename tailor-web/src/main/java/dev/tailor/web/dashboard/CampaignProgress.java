package dev.tailor.web.dashboard;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * A campaign's progress as the page shows it.
 *
 * @param id the campaign key
 * @param status the stored status ({@code planning}, {@code sending}, {@code done}, {@code failed})
 * @param done true when the campaign is done and no run of it is going here
 * @param running true while a run started from this server is going
 * @param counts messages per variant and state
 * @param summary what the last run from this server did
 * @param error why the last run from this server failed
 */
public record CampaignProgress(
    String id,
    String status,
    boolean done,
    boolean running,
    Map<String, Map<String, Long>> counts,
    Optional<String> summary,
    Optional<String> error) {
  /** The states that occur, in pipeline order. */
  public List<String> states() {
    TreeSet<String> seen = new TreeSet<>();
    counts.values().forEach(m -> seen.addAll(m.keySet()));
    return java.util.Arrays.stream(dev.tailor.core.campaign.MessageState.values())
        .map(dev.tailor.core.campaign.MessageState::wireName)
        .filter(seen::contains)
        .toList();
  }

  /** Messages of a variant in a state. */
  public long count(String variant, String state) {
    return counts.getOrDefault(variant, Map.of()).getOrDefault(state, 0L);
  }

  /** Messages in a state over every variant. */
  public long total(String state) {
    return counts.values().stream().mapToLong(m -> m.getOrDefault(state, 0L)).sum();
  }
}
