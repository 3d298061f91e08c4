/**
 * The decision made for one recipient: which products and content fill each slot of a strategy,
 * with everything analytics needs to attribute clicks and orders to (slot, item, algorithm, rule,
 * propensity).
 */
package dev.tailor.core.decision;
