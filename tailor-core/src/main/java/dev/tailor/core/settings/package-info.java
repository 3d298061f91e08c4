/** The shop's settings made in the dashboard: sender, postal address, tracking domain. */
package dev.tailor.core.settings;
