package dev.tailor.core.campaign;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A compare-and-set change of one message's state: applied only when the stored state is still
 * {@code expected}. Empty optionals leave the stored value as it is.
 *
 * @param messageId the message
 * @param expected the state it must be in
 * @param next the state it moves to
 * @param at when (the record's {@code updatedAt}; also {@code sentAt} when {@code next} is SENT)
 * @param decision the decision as JSON
 * @param subject the rendered subject
 * @param transportId the transport's id
 * @param detail a reason or the transport's reply
 */
public record MessageUpdate(
    String messageId,
    MessageState expected,
    MessageState next,
    Instant at,
    Optional<String> decision,
    Optional<String> subject,
    Optional<String> transportId,
    Optional<String> detail) {
  public MessageUpdate {
    Objects.requireNonNull(messageId, "messageId");
    Objects.requireNonNull(expected, "expected");
    Objects.requireNonNull(next, "next");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(decision, "decision");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(transportId, "transportId");
    Objects.requireNonNull(detail, "detail");
    if (expected.isFinal()) {
      throw new IllegalArgumentException("a message in final state " + expected + " never moves");
    }
  }

  /** A change of state alone. */
  public static MessageUpdate of(
      String messageId, MessageState expected, MessageState next, Instant at) {
    return new MessageUpdate(
        messageId,
        expected,
        next,
        at,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  /** The same change with a detail. */
  public MessageUpdate withDetail(String text) {
    return new MessageUpdate(
        messageId, expected, next, at, decision, subject, transportId, Optional.ofNullable(text));
  }
}
