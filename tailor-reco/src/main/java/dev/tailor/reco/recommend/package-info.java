/**
 * Recommending from a trained model: customer histories in a model's item space ({@link
 * dev.tailor.reco.recommend.ProfileBuilder}), top-n selection with exclusions and a fallback
 * ({@link dev.tailor.reco.recommend.Recommender}), and the ordered multi-threaded batch run for
 * every customer.
 */
package dev.tailor.reco.recommend;
