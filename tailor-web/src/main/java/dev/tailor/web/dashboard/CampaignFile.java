package dev.tailor.web.dashboard;

/**
 * A campaign file the dashboard can plan and run.
 *
 * @param key the campaign key
 * @param name its human name
 * @param file the file's name in the campaigns folder
 * @param delivery where a run delivers, e.g. {@code outbox tailor-data/outbox}
 */
public record CampaignFile(String key, String name, String file, String delivery) {}
