/**
 * {@code trending}: products whose recent velocity beats their own baseline rate (formula in {@link
 * dev.tailor.reco.trending.TrendingTrainer}); the same list for everyone.
 */
package dev.tailor.reco.trending;
