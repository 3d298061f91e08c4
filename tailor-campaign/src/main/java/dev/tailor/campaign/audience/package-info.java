/**
 * Who a campaign may reach: subscribed customers with an email address, filtered by the campaign's
 * conditions. The suppression list and the frequency cap are applied by the planner, per chunk.
 */
package dev.tailor.campaign.audience;
