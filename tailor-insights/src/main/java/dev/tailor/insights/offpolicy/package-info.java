/**
 * Off-policy estimates: the click rate a new strategy would have had on past sends, from what was
 * shown with which logging propensity and whether it was clicked (inverse propensity scoring and
 * its self-normalized form, with intervals and the effective sample size).
 */
package dev.tailor.insights.offpolicy;
