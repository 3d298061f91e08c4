package dev.tailor.web.track;

import dev.tailor.core.campaign.Message;
import java.util.Optional;

/**
 * The HTML of a sent email as its recipient got it, for the "view in browser" page: rendered again
 * from the message's recorded variant and decision with its campaign's template (wired by the
 * application, which knows the campaigns and the renderer).
 */
@FunctionalInterface
public interface MessageViewer {
  /** The email's HTML; empty when the message has no email to show (a holdout, say). */
  Optional<String> html(Message message);

  /** A viewer that never has an email: the page answers 404. */
  static MessageViewer none() {
    return m -> Optional.empty();
  }
}
