/**
 * The engine: for each recipient, fills every slot from its source, through the rules, goal,
 * diversity and exploration, then its fallbacks, and records the {@link
 * dev.tailor.core.decision.Decision}; dry runs count fill rates.
 */
package dev.tailor.strategy.decide;
