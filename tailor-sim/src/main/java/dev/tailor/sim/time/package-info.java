/**
 * Simulated time: the window the event history covers, the collections' sale windows, and local
 * hours of the day converted to UTC in a customer's time zone. Everything is in epoch seconds.
 */
package dev.tailor.sim.time;
