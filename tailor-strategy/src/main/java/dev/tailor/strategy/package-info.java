/**
 * Personalization strategies: a YAML file of slots and business rules turned into one {@link
 * dev.tailor.core.decision.Decision} per recipient. Entry points: {@link
 * dev.tailor.strategy.spec.StrategyParser} and {@link dev.tailor.strategy.decide.DecisionEngine}.
 */
package dev.tailor.strategy;
