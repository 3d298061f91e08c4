/**
 * The resumable campaign pipeline: plan (audience → assignment → message records, and decisions
 * when they are made at build time), then deliver (decide → render → claim → send → record), in
 * chunks on worker threads with durable, compare-and-set state changes.
 */
package dev.tailor.campaign.pipeline;
