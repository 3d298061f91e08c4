/**
 * Test support shared by every module: {@link dev.tailor.testkit.FixedClock}, {@link
 * dev.tailor.testkit.SeededRandom} and {@link dev.tailor.testkit.Fixtures} of sample customers,
 * products, events and identity links.
 */
package dev.tailor.testkit;
