package dev.tailor.render.model;

import dev.tailor.core.customer.Customer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything a template may show for one recipient. It depends on core records only, so any
 * decision maker (a trained model, a strategy) can fill it.
 *
 * @param customer the recipient
 * @param campaignId the campaign, used as {@code utm_campaign} and in tracking links
 * @param messageId this recipient's message id, signed into every tracking link
 * @param slots product slots by name, in the order templates list them
 * @param blocks content blocks by name
 * @param subjectVariant which subject-line variant to use (0-based), when the template has several
 * @param extra free values for the template ({@code extra.<key>}), e.g. a coupon code
 */
public record EmailContext(
    Customer customer,
    String campaignId,
    String messageId,
    Map<String, Slot> slots,
    Map<String, ContentBlock> blocks,
    int subjectVariant,
    Map<String, String> extra) {

  public EmailContext {
    Objects.requireNonNull(customer, "customer");
    campaignId = require("campaignId", campaignId);
    messageId = require("messageId", messageId);
    slots = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(slots));
    blocks = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(blocks));
    extra = Map.copyOf(extra);
    if (subjectVariant < 0) {
      throw new IllegalArgumentException("subjectVariant must not be negative");
    }
  }

  /** A context with these slots (kept in order) and nothing else. */
  public static EmailContext of(
      Customer customer, String campaignId, String messageId, List<Slot> slots) {
    Map<String, Slot> byName = new LinkedHashMap<>();
    slots.forEach(s -> byName.put(s.name(), s));
    return new EmailContext(customer, campaignId, messageId, byName, Map.of(), 0, Map.of());
  }

  private static String require(String field, String v) {
    if (v == null || v.isBlank()) {
      throw new IllegalArgumentException(field + " is required");
    }
    return v;
  }
}
