package dev.tailor.core.event;

/**
 * How often a product appeared in events of one type.
 *
 * @param productId the product
 * @param events number of events
 * @param quantity sum of the events' quantities
 * @param customers distinct customers (anonymous visitors resolved when linked)
 */
public record ProductCount(String productId, long events, long quantity, long customers) {}
