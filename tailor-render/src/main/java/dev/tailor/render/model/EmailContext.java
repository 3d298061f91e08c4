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

  /** This context with another subject-line variant (0-based). */
  public EmailContext withSubjectVariant(int variant) {
    return new EmailContext(customer, campaignId, messageId, slots, blocks, variant, extra);
  }

  /** This context with these free values ({@code extra.<key>}) replacing the current ones. */
  public EmailContext withExtra(Map<String, String> values) {
    return new EmailContext(customer, campaignId, messageId, slots, blocks, subjectVariant, values);
  }

  /**
   * This context with these content blocks added (e.g. a campaign's {@code hero} or {@code offer});
   * a block of the same name already in the context (from the decision) is kept.
   */
  public EmailContext withBlocks(List<ContentBlock> more) {
    Map<String, ContentBlock> all = new LinkedHashMap<>();
    more.forEach(b -> all.put(b.name(), b));
    all.putAll(blocks);
    return new EmailContext(customer, campaignId, messageId, slots, all, subjectVariant, extra);
  }

  private static String require(String field, String v) {
    if (v == null || v.isBlank()) {
      throw new IllegalArgumentException(field + " is required");
    }
    return v;
  }
}
