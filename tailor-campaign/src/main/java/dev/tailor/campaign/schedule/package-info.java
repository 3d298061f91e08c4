/** Send-time policies: now, a fixed instant, or a wall-clock time in each customer's zone. */
package dev.tailor.campaign.schedule;
