/**
 * In-memory implementations of the store ports for unit tests: {@link
 * dev.tailor.testkit.memory.InMemoryStore} and its repositories. Thread-safe, and faithful to every
 * port contract (the same contract suites run against them and the JDBC store).
 */
package dev.tailor.testkit.memory;
