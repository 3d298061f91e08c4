/**
 * Statistics for campaign comparisons: two-proportion z-test with Wilson and Newcombe intervals,
 * the Bayesian probability that one rate beats another, Welch and bootstrap intervals for a
 * difference in means (revenue per email), and minimum sample sizes. Plain JDK arithmetic, no
 * library: every formula names its source and is checked against published values in the tests.
 */
package dev.tailor.insights.stats;
