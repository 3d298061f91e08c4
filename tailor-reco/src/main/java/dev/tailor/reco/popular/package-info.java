/**
 * {@code popular}: bestsellers over the training window, by distinct buyers or by weighted events;
 * the same list for everyone, and the fallback for customers nothing is known about.
 */
package dev.tailor.reco.popular;
