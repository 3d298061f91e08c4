/** The suppression list in SQL; queries in {@code suppressions.sql}. */
package dev.tailor.store.suppression;
