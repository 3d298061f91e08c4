/** Diversity: item similarity from catalog attributes, for maximal marginal relevance. */
package dev.tailor.strategy.diversity;
