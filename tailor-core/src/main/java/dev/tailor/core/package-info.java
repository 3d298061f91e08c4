/**
 * Tailor's domain: records for customers, products, events and identities, and the ports
 * (repositories) that the other modules implement or call. Depends on the JDK only.
 */
package dev.tailor.core;
