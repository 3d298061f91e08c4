/**
 * Business rules: hard filters every item passes (first choice or fallback alike), per-slot caps,
 * soft boosts; and what the rules need to know about a customer.
 */
package dev.tailor.strategy.rules;
