package dev.tailor.app.config;

import dev.tailor.core.ErrorCode;
import dev.tailor.core.TailorException;

/**
 * Where the data lives.
 *
 * @param url JDBC URL: {@code jdbc:sqlite:FILE} (embedded) or {@code jdbc:postgresql://...}
 */
public record StoreConfig(String url) {
  public static final String DEFAULT_URL = "jdbc:sqlite:./tailor-data/tailor.db";

  public StoreConfig {
    if (url == null || url.isBlank()) {
      throw new TailorException(ErrorCode.CONFIG, "tailor.store.url must not be empty");
    }
    if (!url.startsWith("jdbc:sqlite:") && !url.startsWith("jdbc:postgresql:")) {
      throw new TailorException(
          ErrorCode.CONFIG,
          "tailor.store.url must start with jdbc:sqlite: or jdbc:postgresql:, not '"
              + redact(url)
              + "'");
    }
  }

  /** The URL with any password parameter or user info masked, for messages. */
  public static String redact(String url) {
    return url.replaceAll("(?i)(password=)[^&;]*", "$1***")
        .replaceAll("(//[^/@:]+:)[^/@]*@", "$1***@");
  }
}
