/** Identity links in SQL: {@link dev.tailor.store.identity.JdbiIdentityRepository}. */
package dev.tailor.store.identity;
