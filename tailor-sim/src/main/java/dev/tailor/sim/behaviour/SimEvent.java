package dev.tailor.sim.behaviour;

import dev.tailor.core.event.EventType;

/**
 * One simulated event of a customer, before ids are given and text is written.
 *
 * @param time when it happened (epoch seconds)
 * @param type what happened
 * @param anonymous true if it was done under the anonymous id, before registration
 * @param product the product's catalog index, or -1
 * @param quantity units for cart and order events, else 0 (not written)
 * @param orderId the order, for {@code order_completed}
 * @param campaignId the campaign, for email events
 * @param messageId the message, for email events
 */
public record SimEvent(
    long time,
    EventType type,
    boolean anonymous,
    int product,
    int quantity,
    String orderId,
    String campaignId,
    String messageId) {}
