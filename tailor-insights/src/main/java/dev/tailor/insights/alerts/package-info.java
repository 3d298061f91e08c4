/**
 * Alerts: a drop in click or conversion rate against the campaign's own baseline (EWMA), a spike in
 * bounces or errors, and recommended items that are out of stock or carry a blocked term. Alerts go
 * to {@link dev.tailor.insights.alerts.AlertSink}s: the log here, a webhook or the dashboard in the
 * outer modules.
 */
package dev.tailor.insights.alerts;
