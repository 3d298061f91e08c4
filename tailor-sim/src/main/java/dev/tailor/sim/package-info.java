/**
 * The synthetic fashion shop. {@link dev.tailor.sim.ShopGenerator#generate} writes a catalog,
 * customers and their event history in Tailor's interchange format, plus the hidden tastes that
 * generated the behaviour, deterministically for a {@link dev.tailor.sim.SimConfig}. Depends on
 * {@code tailor-core} and the JDK only.
 */
package dev.tailor.sim;
