/**
 * The synthetic fashion catalog: a category tree with price ranges and seasons, brands with price
 * tiers, and the generator that draws products (titles, prices, stock, margins, collections,
 * popularity) and keeps a compact in-memory {@link dev.tailor.sim.catalog.Catalog} for the
 * behaviour simulation.
 */
package dev.tailor.sim.catalog;
