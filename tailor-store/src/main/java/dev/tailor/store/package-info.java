/**
 * The JDBC store: {@link dev.tailor.store.Stores#open(String)} opens a {@link
 * dev.tailor.store.JdbiStore} on SQLite ({@code jdbc:sqlite:<file>}) or PostgreSQL ({@code
 * jdbc:postgresql://...}) and brings its schema up to date. Repositories live in one package per
 * aggregate; their SQL in one {@code .sql} file each beside them.
 */
package dev.tailor.store;
