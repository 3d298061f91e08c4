/** The catalog: products and content items, and the repository port. */
package dev.tailor.core.catalog;
