/**
 * The bridge from a strategy's {@code Decision} to the render input: {@link
 * dev.tailor.render.decision.DecisionAdapter#toEmailContext}.
 */
package dev.tailor.render.decision;
