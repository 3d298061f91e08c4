package dev.tailor.campaign.pipeline;

import dev.tailor.core.ErrorCode;
import dev.tailor.core.TailorException;
import dev.tailor.core.campaign.Message;
import dev.tailor.core.campaign.MessageState;
import dev.tailor.core.campaign.MessageUpdate;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What becomes of a message whose decision or render threw. A failure of the store while deciding
 * (reading the customer's events or earlier sends: {@link ErrorCode#STORE}) may pass, so the
 * message is {@code DEFERRED} and tried again by the run's next pass or by {@code resume}, at most
 * {@link #ATTEMPTS} times in all, counted in its detail; then it fails. Anything else (a template
 * error, a render over its time or size limit, a bug in a strategy) would fail the same way again:
 * the message fails at once. Either way the reason is kept in the detail, and the rest of the
 * campaign goes on.
 */
final class RenderFailures {
  /** Tries of a message whose render keeps failing for a reason that may pass. */
  static final int ATTEMPTS = 3;

  /** Longest reason kept in a message's detail. */
  static final int MAX_REASON = 500;

  private static final String DEFERRED_PREFIX = "render deferred (attempt ";
  private static final Pattern ATTEMPT =
      Pattern.compile("^" + Pattern.quote(DEFERRED_PREFIX) + "(\\d+) of \\d+\\)");

  private RenderFailures() {}

  /** The change that records {@code failure} for {@code m}. */
  static MessageUpdate after(Message m, RuntimeException failure, Instant at) {
    String reason = reason(failure);
    if (!mayPass(failure)) {
      return MessageUpdate.of(m.id(), m.state(), MessageState.FAILED, at)
          .withDetail("render failed: " + reason);
    }
    int attempt = attemptsSoFar(m) + 1;
    if (attempt >= ATTEMPTS) {
      return MessageUpdate.of(m.id(), m.state(), MessageState.FAILED, at)
          .withDetail("render failed after " + attempt + " attempts: " + reason);
    }
    return MessageUpdate.of(m.id(), m.state(), MessageState.DEFERRED, at)
        .withDetail(DEFERRED_PREFIX + attempt + " of " + ATTEMPTS + "): " + reason);
  }

  /** Whether trying again later may succeed: the store failed, not the template or strategy. */
  static boolean mayPass(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof TailorException e && e.code() == ErrorCode.STORE) {
        return true;
      }
    }
    return false;
  }

  /** Render attempts recorded in a deferred message's detail (0 for any other message). */
  static int attemptsSoFar(Message m) {
    if (m.state() != MessageState.DEFERRED || m.detail().isEmpty()) {
      return 0;
    }
    Matcher x = ATTEMPT.matcher(m.detail().get());
    return x.find() ? Integer.parseInt(x.group(1)) : 0;
  }

  private static String reason(Throwable failure) {
    String message = failure.getMessage();
    String r =
        message == null || message.isBlank()
            ? failure.getClass().getSimpleName()
            : message.strip().replaceAll("\\s+", " ");
    return r.length() <= MAX_REASON ? r : r.substring(0, MAX_REASON - 3) + "...";
  }
}
