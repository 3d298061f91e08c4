/**
 * Exploration: ε-greedy and Thompson sampling choices with the propensity of every shown item, for
 * later inverse-propensity estimates.
 */
package dev.tailor.strategy.explore;
