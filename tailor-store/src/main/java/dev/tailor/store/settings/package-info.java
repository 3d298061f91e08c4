/** The shop's settings made in the dashboard, over JDBI. */
package dev.tailor.store.settings;
