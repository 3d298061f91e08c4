package dev.tailor.core.identity;

import dev.tailor.core.Ids;
import java.time.Instant;
import java.util.Objects;

/**
 * Says that an anonymous visitor is a known customer, from an {@code identify} event.
 *
 * @param anonymousId the visitor's anonymous id
 * @param customerId the customer
 * @param at when the link was made
 */
public record IdentityLink(String anonymousId, String customerId, Instant at) {
  public IdentityLink {
    anonymousId = Ids.require("anonymous_id", anonymousId);
    customerId = Ids.require("customer_id", customerId);
    Objects.requireNonNull(at, "at");
  }
}
