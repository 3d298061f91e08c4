/** Customers in SQL: {@link dev.tailor.store.customer.JdbiCustomerRepository}. */
package dev.tailor.store.customer;
