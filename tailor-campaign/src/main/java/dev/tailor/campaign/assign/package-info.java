/**
 * Pilot, holdout and variant assignment by a stable hash of (campaign key, customer id): the same
 * customer lands in the same group on every run, whatever else changes in the audience.
 */
package dev.tailor.campaign.assign;
