/**
 * Campaigns: the {@link dev.tailor.core.campaign.Campaign} with its A/B/n {@link
 * dev.tailor.core.campaign.Variant}s, one durable {@link dev.tailor.core.campaign.Message} record
 * per recipient with its delivery state, and the repository ports. State changes of a message are
 * compare-and-set updates, so two workers or a resumed run never send the same message twice.
 */
package dev.tailor.core.campaign;
