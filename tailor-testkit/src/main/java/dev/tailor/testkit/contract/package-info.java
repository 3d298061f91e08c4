/**
 * Contract suites of the store ports: abstract JUnit classes that every implementation extends,
 * supplying a fresh, empty {@link dev.tailor.core.store.Store} through {@link
 * dev.tailor.testkit.contract.StoreContractSupport#newStore()}. The in-memory store, SQLite and
 * PostgreSQL all run the same suites.
 *
 * <p>Beyond the ports' javadoc the suites pin down a few choices so that every implementation
 * agrees: ids sort by Unicode code point; events with equal timestamps come out in append order
 * (reversed when newest first); {@code topProducts} ties sort by product id; product and
 * interaction counts of "customers" include anonymous visitors only once they are linked; of two
 * identity links with the same time the one stored first wins; invalid batches (a null element)
 * fail with {@link dev.tailor.core.TailorException} and store nothing. Instants are compared at
 * microsecond precision, the precision the JDBC store keeps.
 */
package dev.tailor.testkit.contract;
