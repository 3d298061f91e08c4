package dev.tailor.web.dashboard;

import java.util.Optional;

/**
 * A campaign file in the campaigns folder.
 *
 * @param key the campaign key (empty when the file cannot be read)
 * @param name its human name
 * @param file the file's name in the campaigns folder
 * @param delivery where a run delivers, e.g. {@code outbox tailor-data/outbox}
 * @param problem what is wrong with the file, when it cannot be planned or run
 */
public record CampaignFile(
    String key, String name, String file, String delivery, Optional<String> problem) {
  /** A valid campaign file. */
  public CampaignFile(String key, String name, String file, String delivery) {
    this(key, name, file, delivery, Optional.empty());
  }

  /** A file that cannot be used, and why. */
  public static CampaignFile invalid(String file, String problem) {
    return new CampaignFile("", "", file, "", Optional.of(problem));
  }
}
