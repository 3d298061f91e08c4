package dev.tailor.core.tracking;

import dev.tailor.core.Ids;
import java.util.Objects;
import java.util.Optional;

/**
 * What a tracking endpoint saw of one open or click, kept beside its event (the event itself stays
 * as every source of events has it). Addresses are stored truncated, never whole.
 *
 * @param eventId the event this hit stored
 * @param userAgent the request's {@code User-Agent}, cut to {@link #MAX_USER_AGENT} characters
 * @param ipPrefix the client's network: the /24 of an IPv4 address ({@code 203.0.113.0/24}) or the
 *     /48 of an IPv6 one ({@code 2001:db8:1::/48})
 * @param proxyKind the privacy proxy or scanner the hit came from, by its wire name (such as {@code
 *     apple_mpp}), when one was recognised as the hit arrived
 */
public record TrackingHit(
    String eventId,
    Optional<String> userAgent,
    Optional<String> ipPrefix,
    Optional<String> proxyKind) {
  /** Longest user agent kept. */
  public static final int MAX_USER_AGENT = 512;

  public TrackingHit {
    eventId = Ids.require("event_id", eventId);
    userAgent =
        Objects.requireNonNull(userAgent, "userAgent")
            .map(a -> a.length() > MAX_USER_AGENT ? a.substring(0, MAX_USER_AGENT) : a)
            .filter(a -> !a.isBlank());
    Objects.requireNonNull(ipPrefix, "ipPrefix");
    Objects.requireNonNull(proxyKind, "proxyKind");
  }
}
