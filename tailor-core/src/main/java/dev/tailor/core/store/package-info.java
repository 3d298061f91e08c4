/** The store port: all repositories over one database. */
package dev.tailor.core.store;
