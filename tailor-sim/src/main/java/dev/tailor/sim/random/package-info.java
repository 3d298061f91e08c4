/**
 * Seeded randomness for the simulation: per-entity seeds derived from the run's seed, and the few
 * distributions the generators draw from. Every draw goes through a {@link
 * java.util.SplittableRandom} owned by one entity (the catalog, one customer, one campaign), so the
 * output never depends on thread scheduling. Transcendental functions go through {@link
 * java.lang.StrictMath}, whose results are the same on every platform, so a seed gives the same
 * files on any machine.
 */
package dev.tailor.sim.random;
