/**
 * Where a slot's candidates come from: trained models loaded from snapshots (personal scores, items
 * related to a seed product, a ranking kept to a category), and curated lists.
 */
package dev.tailor.strategy.source;
