package dev.tailor.core.event;

/**
 * Counts that tell whether there is enough behaviour to learn from. An interaction is an event of a
 * type for which {@link EventType#isProductInteraction()} holds and that names a product.
 *
 * @param interactions interaction events
 * @param customersWithInteractions distinct customers with at least one interaction
 * @param customersWithEnough distinct customers with at least the threshold of interactions
 * @param productsWithEnough distinct products with at least the threshold of interactions
 * @param purchasers distinct customers with at least one {@code order_completed}
 * @param threshold the threshold used for the two "enough" counts
 */
public record InteractionStats(
    long interactions,
    long customersWithInteractions,
    long customersWithEnough,
    long productsWithEnough,
    long purchasers,
    int threshold) {}
