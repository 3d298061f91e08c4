/** The catalog in SQL: {@link dev.tailor.store.catalog.JdbiProductRepository}. */
package dev.tailor.store.catalog;
