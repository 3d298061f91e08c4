/**
 * What customers do: browsing sessions at their preferred hour (views, carts, checkouts, orders),
 * anonymous visits that end in registration, and the weekly newsletter with deliveries, opens,
 * clicks, unsubscribes and bounces. One {@link dev.tailor.sim.behaviour.CustomerSimulator} run
 * turns a customer's profile and hidden tastes into their time-ordered events.
 */
package dev.tailor.sim.behaviour;
