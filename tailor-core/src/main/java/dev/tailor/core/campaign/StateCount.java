package dev.tailor.core.campaign;

import java.util.Objects;

/**
 * How many messages of a campaign are in one state, per variant and holdout flag.
 *
 * @param variant the variant
 * @param holdout the holdout flag
 * @param state the state
 * @param count the number of messages
 */
public record StateCount(String variant, boolean holdout, MessageState state, long count) {
  public StateCount {
    Objects.requireNonNull(variant, "variant");
    Objects.requireNonNull(state, "state");
  }
}
