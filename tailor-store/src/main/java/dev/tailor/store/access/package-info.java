/** API keys and dashboard users in the {@code api_keys} and {@code dashboard_users} tables. */
package dev.tailor.store.access;
