/**
 * What the tracking endpoints see of each open and click (user agent, truncated address, privacy
 * proxy), kept beside the event in the same transaction.
 */
package dev.tailor.core.tracking;
