/**
 * The suppression list: customers who must never be emailed again (unsubscribed, hard-bounced,
 * complained, erased), whatever their consent record says.
 */
package dev.tailor.core.suppression;
