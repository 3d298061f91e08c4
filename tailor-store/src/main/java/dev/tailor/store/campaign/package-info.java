/**
 * Campaigns, their variants and message records in SQL; queries in {@code campaigns.sql} and {@code
 * messages.sql}.
 */
package dev.tailor.store.campaign;
