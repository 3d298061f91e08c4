/** Explanations: slot labels with their placeholders filled in, and why each item is shown. */
package dev.tailor.strategy.explain;
