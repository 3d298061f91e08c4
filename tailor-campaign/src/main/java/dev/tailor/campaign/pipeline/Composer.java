package dev.tailor.campaign.pipeline;

import dev.tailor.core.mail.OutgoingEmail;

/** The render step: one recipient's decision → the email a transport sends. Thread-safe. */
@FunctionalInterface
public interface Composer {
  OutgoingEmail compose(Recipient recipient);
}
