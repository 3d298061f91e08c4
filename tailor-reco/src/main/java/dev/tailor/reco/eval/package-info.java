/**
 * Offline evaluation: splits that never show a model the test data ({@link
 * dev.tailor.reco.eval.Split}), relevance with every exclusion counted ({@link
 * dev.tailor.reco.eval.EvaluationSet}), ranking and beyond-accuracy metrics at k, and the {@link
 * dev.tailor.reco.eval.Evaluator} behind {@code tailor evaluate}.
 */
package dev.tailor.reco.eval;
