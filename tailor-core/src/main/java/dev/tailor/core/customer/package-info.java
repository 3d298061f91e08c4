/** Customers, their consent, and the repository port. */
package dev.tailor.core.customer;
