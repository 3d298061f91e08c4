package dev.tailor.campaign.spec;

import java.util.Objects;
import java.util.Optional;

/**
 * Where messages go. SMTP server settings (host, credentials) come from the configuration file,
 * never from a campaign file.
 *
 * @param channel the channel
 * @param path the outbox folder or the export file
 * @param inDoubt what {@code resume} does with a message that was being handed to the transport
 *     when the run stopped
 */
public record DeliverySpec(Channel channel, Optional<String> path, InDoubt inDoubt) {
  /** The delivery channels. */
  public enum Channel {
    OUTBOX,
    SMTP,
    ESP_EXPORT
  }

  /** What to do with a message whose hand-over to the transport was interrupted. */
  public enum InDoubt {
    /** Send it again with the same message id (idempotent transports deliver it once). */
    RESEND,
    /** Mark it failed ({@code in_doubt}) rather than risk a second copy. */
    GIVE_UP
  }

  public static final DeliverySpec DEFAULT =
      new DeliverySpec(Channel.OUTBOX, Optional.of("tailor-data/outbox"), InDoubt.RESEND);

  public DeliverySpec {
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(inDoubt, "inDoubt");
  }
}
